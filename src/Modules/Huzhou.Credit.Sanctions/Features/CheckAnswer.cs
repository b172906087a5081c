using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The answer of <c>POST /api/v1/checks</c> (and of each 200 item of the batch): the logged check with the subject,
/// the decision, the hits with their basis and facts, the rule-set version and when the data was current.
/// </summary>
internal sealed record CheckAnswer(
    long CheckId,
    CheckAnswer.AnswerSubject Subject,
    bool NameMismatch,
    CheckAnswer.AnswerMatter Matter,
    string Stage,
    string Decision,
    string DecisionName,
    IReadOnlyList<CheckAnswer.AnswerHit> Hits,
    int RuleSetVersion,
    DateTimeOffset DataAsOf,
    string? Reference)
{
    public static CheckAnswer From(CheckOutcome outcome)
    {
        var r = outcome.Record;
        var s = outcome.Subject!;
        var hits = new AnswerHit[outcome.Hits.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            var h = outcome.Hits[i];
            hits[i] = new AnswerHit(
                h.RuleName,
                new AnswerMeasure(h.Measure.Code, h.Measure.Name, h.Measure.Kind == MeasureKind.Reward ? "reward" : "punishment"),
                ActionWire(h.Measure.Action),
                SanctionNames.Action(h.Measure.Action),
                h.Measure.LegalBasis,
                h.Measure.ImplementingDepartment,
                h.Facts);
        }

        return new CheckAnswer(
            r.Id,
            new AnswerSubject(s.DisplayCode, s.Name, s.IsPerson, s.PendingVerification),
            r.NameMismatch,
            new AnswerMatter(outcome.Matter.Code, outcome.Matter.Name, SanctionNames.Domain(outcome.Matter.Domain)),
            SanctionNames.Stage(r.Stage),
            CheckDecisions.Wire(r.Decision),
            CheckDecisions.DisplayName(r.Decision),
            hits,
            r.RuleSetVersion,
            outcome.DataAsOf,
            r.Reference);
    }

    /// <summary>The action as the API writes it: the enum's name in lower case (block, restrict, warn, favour).</summary>
    public static string ActionWire(MeasureAction action) => action switch
    {
        MeasureAction.Block => "block",
        MeasureAction.Restrict => "restrict",
        MeasureAction.Warn => "warn",
        MeasureAction.Favour => "favour",
        _ => action.ToString().ToLowerInvariant(),
    };

    internal sealed record AnswerSubject(string Code, string Name, bool IsPerson, bool PendingVerification);

    internal sealed record AnswerMatter(string Code, string Name, string Domain);

    internal sealed record AnswerHit(string Rule, AnswerMeasure Measure, string Action, string ActionName, string LegalBasis, string ImplementingDepartment, IReadOnlyList<string> Facts);

    internal sealed record AnswerMeasure(string Code, string Name, string Kind);
}

/// <summary>One hit as the check log keeps it (<c>sanction_checks.hits_packed</c>, <see cref="CheckHitsPacking"/>): rule, measure code, action, facts.</summary>
internal sealed record LoggedHit(string Rule, string Measure, string Action, IReadOnlyList<string> Facts);

/// <summary>
/// The check path's JSON, source-generated (no reflection metadata per call): the request body, the answer and the
/// logged hits, through the generated <see cref="JsonSerializerContext"/>'s own <c>Default</c> instance. Its options
/// carry no encoder on purpose — System.Text.Json runs the generated serialisation code only then (an encoder in the
/// options sends every call through the metadata-driven converters) — so the readable escaping (Chinese as UTF-8, as
/// the MVC answers write it, instead of \uXXXX) comes from the writer the generated code writes through.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckBody))]
[JsonSerializable(typeof(CheckAnswer))]
[JsonSerializable(typeof(LoggedHit[]))]
internal sealed partial class CheckJson : JsonSerializerContext
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        SkipValidation = true,
    };

    // One buffer and one writer per thread, reused: serialising allocates nothing once they have grown to the size
    // of the largest answer (a new buffer per answer, grown by doubling, was most of the bytes a check allocated).
    // Safe because each use is synchronous: the JSON is copied out before the thread can run anything else.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    /// <summary>
    /// The answer as UTF-8 JSON, Chinese unescaped, written by the generated code into this thread's buffer: valid
    /// until the thread's next call, so copy it out before awaiting anything.
    /// </summary>
    public static ReadOnlySpan<byte> Answer(CheckAnswer answer) => Write(answer, Default.CheckAnswer);

    /// <summary>The logged hits as the check log keeps them (<c>hits_packed</c>).</summary>
    public static byte[] PackedLoggedHits(LoggedHit[] hits) => CheckHitsPacking.Pack(Write(hits, Default.LoggedHitArray));

    private static ReadOnlySpan<byte> Write<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(8192);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, type);
        return buffer.WrittenSpan;
    }
}
