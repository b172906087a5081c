using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

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
