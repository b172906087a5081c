using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// A record's payload: a JSON array with one value per field of the item version, in its order (null when
/// absent), personal fields masked (<see cref="PersonalPayloadFields"/>, ADR 0015). The clear values of the personal
/// fields other than the subject's own ID number come out beside it as a small JSON object (position → value) that the
/// record store keeps only encrypted. The record keeps its item version, which names the fields; the keys are not
/// repeated in every row. One builder per delivery, used from one thread.
/// </summary>
/// <remarks>
/// The stored text is exactly what <see cref="Utf8JsonWriter"/> with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// writes (content hashes of existing records depend on it). That writer copies a string verbatim between quotes
/// when its encoder finds nothing to escape, which is <see cref="TextEncoder.Encode(string)"/> returning the same
/// instance; a row where every value is so is assembled directly as UTF-16, without the round trip through UTF-8.
/// A row with a value to escape (quotes, line breaks, control characters) goes through the writer.
/// </remarks>
internal sealed class PayloadBuilder : IDisposable
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly CatalogueField[] _fields;
    private readonly bool[] _masked;
    private readonly bool[] _encrypted;
    private readonly string[] _positions;
    private readonly bool _anyEncrypted;
    private readonly string[] _keys;
    private readonly string?[] _shown;
    private readonly ArrayBufferWriter<byte> _buffer = new(2048);
    private readonly Utf8JsonWriter _json;
    private readonly ArrayBufferWriter<byte> _personalBuffer = new(256);
    private readonly Utf8JsonWriter _personalJson;
    private string? _personal;

    public PayloadBuilder(CatalogueItemVersion item)
    {
        _fields = item.Fields.ToArray();
        _masked = item.Fields.Select(PersonalPayloadFields.IsPersonal).ToArray();
        _encrypted = item.Fields.Select((_, i) => PersonalPayloadFields.IsEncrypted(item, i)).ToArray();
        _anyEncrypted = _encrypted.Contains(true);
        _positions = item.Fields.Select((_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        _personalJson = new Utf8JsonWriter(_personalBuffer, new JsonWriterOptions { Encoder = Encoder });
        _keys = item.Fields.Select(f => f.Key).ToArray();
        _shown = new string?[item.Fields.Count];
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = Encoder });
    }

    /// <summary>
    /// The payload of one row: <paramref name="values"/>[i] is the normalised value of field i, or null; with the
    /// row's notes (<see cref="RecordPayloadNotes"/>) as a trailing object when it has any.
    /// </summary>
    public string Build(ReadOnlySpan<string?> values, ValidatedRowNotes? notes) => BuildRow(values, notes).Payload;

    /// <summary>
    /// The payload of one row and the clear values of its encrypted personal fields (a JSON object of position → value,
    /// or null when the row has none), for <see cref="IncomingCreditRecord.PersonalJson"/>.
    /// </summary>
    public (string Payload, string? Personal) BuildRow(ReadOnlySpan<string?> values, ValidatedRowNotes? notes)
    {
        _personal = _anyEncrypted ? Personal(values) : null;
        if (notes is not null && (notes.UsedSynonyms || notes.CheckWarning is not null))
        {
            for (var i = 0; i < _shown.Length; i++)
            {
                var value = values[i];
                _shown[i] = value is not null && _masked[i] ? PersonalPayloadFields.Mask(_fields[i], value) : value;
            }

            return (Write(_shown, notes), _personal);
        }

        return (Masked(values), _personal);
    }

    /// <summary>The payload of one row: <paramref name="values"/>[i] is the normalised value of field i, or null.</summary>
    public string Build(ReadOnlySpan<string?> values) => BuildRow(values, null).Payload;

    private string Masked(ReadOnlySpan<string?> values)
    {
        var length = 2 + Math.Max(0, _shown.Length - 1); // brackets and commas
        var verbatim = true;
        for (var i = 0; i < _shown.Length; i++)
        {
            var value = values[i];
            if (value is not null && _masked[i])
            {
                value = PersonalPayloadFields.Mask(_fields[i], value);
            }

            _shown[i] = value;
            if (value is null)
            {
                length += 4;
            }
            else
            {
                verbatim &= value.Length == 0 || ReferenceEquals(Encoder.Encode(value), value);
                length += value.Length + 2;
            }
        }

        return verbatim ? string.Create(length, _shown, Assemble) : Write(_shown);
    }

    public void Dispose()
    {
        _json.Dispose();
        _personalJson.Dispose();
    }

    /// <summary>The clear values of the encrypted personal fields as <c>{"10":"…"}</c>, or null when the row has none.</summary>
    private string? Personal(ReadOnlySpan<string?> values)
    {
        var any = false;
        for (var i = 0; i < _encrypted.Length; i++)
        {
            if (!_encrypted[i] || string.IsNullOrEmpty(values[i]))
            {
                continue;
            }

            if (!any)
            {
                _personalBuffer.ResetWrittenCount();
                _personalJson.Reset(_personalBuffer);
                _personalJson.WriteStartObject();
                any = true;
            }

            _personalJson.WriteString(_positions[i], values[i]);
        }

        if (!any)
        {
            return null;
        }

        _personalJson.WriteEndObject();
        _personalJson.Flush();
        return Encoding.UTF8.GetString(_personalBuffer.WrittenSpan);
    }

    private static void Assemble(Span<char> destination, string?[] shown)
    {
        var at = 0;
        destination[at++] = '[';
        for (var i = 0; i < shown.Length; i++)
        {
            if (i > 0)
            {
                destination[at++] = ',';
            }

            if (shown[i] is { } value)
            {
                destination[at++] = '"';
                value.CopyTo(destination[at..]);
                at += value.Length;
                destination[at++] = '"';
            }
            else
            {
                "null".CopyTo(destination[at..]);
                at += 4;
            }
        }

        destination[at] = ']';
    }

    private string Write(string?[] shown, ValidatedRowNotes? notes = null)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartArray();
        foreach (var value in shown)
        {
            if (value is null)
            {
                _json.WriteNullValue();
            }
            else
            {
                _json.WriteStringValue(value);
            }
        }

        if (notes is not null)
        {
            _json.WriteStartObject();
            if (notes.UsedSynonyms)
            {
                _json.WriteStartObject(RecordPayloadNotes.Delivered);
                for (var i = 0; i < _keys.Length; i++)
                {
                    if (notes.SynonymText(i) is { } delivered)
                    {
                        _json.WriteString(_keys[i], delivered);
                    }
                }

                _json.WriteEndObject();
            }

            if (notes.CheckWarning is { } warning)
            {
                _json.WriteString(RecordPayloadNotes.CheckWarning, warning);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
