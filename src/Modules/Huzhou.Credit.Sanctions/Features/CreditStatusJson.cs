using System.Text.Json;
using System.Text.Json.Serialization;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>The JSON of the credit status columns (source-generated: the check path deserialises on every call).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ListStandingEntry[]))]
[JsonSerializable(typeof(BadRecordFact[]))]
[JsonSerializable(typeof(EvaluationGrade[]))]
[JsonSerializable(typeof(CommitmentBreach[]))]
internal sealed partial class CreditStatusJson : JsonSerializerContext
{
    /// <summary>Chinese kept as UTF-8 text (half the bytes of \uXXXX escapes, and readable in the database).</summary>
    public static CreditStatusJson Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    });
}
