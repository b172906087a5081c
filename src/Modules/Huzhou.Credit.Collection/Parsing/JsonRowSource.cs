using System.Text.Json;
using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.Collection.Parsing;

/// <summary>
/// Rows delivered through the API as a JSON array of objects (keys are field keys or Chinese labels).
/// Row numbers are the 1-based positions in the array. The array is small (the API caps it), so it is
/// read whole.
/// </summary>
internal sealed class JsonRowSource : IRowSource
{
    private readonly List<string[]> _rows;
    private int _index = -1;

    private JsonRowSource(IReadOnlyList<string> headers, List<string[]> rows)
    {
        Headers = headers;
        _rows = rows;
    }

    public string Format => "JSON";

    public string? EncodingName => "UTF-8";

    public IReadOnlyList<string> Headers { get; }

    public int RowNumber => _index + 1;

    public int FieldCount => Headers.Count;

    public static JsonRowSource FromArray(JsonElement array)
    {
        var headers = new List<string>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in array.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("每条记录必须是一个 JSON 对象。");
            }

            foreach (var property in row.EnumerateObject())
            {
                if (positions.TryAdd(property.Name, headers.Count))
                {
                    headers.Add(property.Name);
                }
            }
        }

        var rows = new List<string[]>(array.GetArrayLength());
        foreach (var row in array.EnumerateArray())
        {
            var cells = new string[headers.Count];
            Array.Fill(cells, "");
            foreach (var property in row.EnumerateObject())
            {
                cells[positions[property.Name]] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => Text(property, rows.Count + 1),
                    JsonValueKind.Null or JsonValueKind.Undefined => "",
                    _ => property.Value.GetRawText(),
                };
            }

            rows.Add(cells);
        }

        return new JsonRowSource(headers, rows);
    }

    /// <summary>
    /// A string value; an escaped lone surrogate (<c>"\ud800"</c>), which is no text at all and which the reader cannot
    /// turn into a string, is refused with the record and field (it answered 500).
    /// </summary>
    private static string Text(JsonProperty property, int record)
    {
        try
        {
            return property.Value.GetString()!.Trim();
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"第 {record} 条记录的字段“{property.Name}”含有无效的 Unicode 字符（孤立的代理项），请检查编码后重新报送。");
        }
    }

    /// <summary>Rows given as values by field label or key (a delivery from another module of the platform).</summary>
    public static JsonRowSource FromDictionaries(IReadOnlyList<IReadOnlyDictionary<string, string?>> rows)
    {
        var headers = rows.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal).ToList();
        return new JsonRowSource(headers, rows.Select(r => headers.Select(h => r.TryGetValue(h, out var v) ? (v ?? "").Trim() : "").ToArray()).ToList());
    }

    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(++_index < _rows.Count);

    public string GetString(int column) => _rows[_index][column];

    public string RawText() => JsonSerializer.Serialize(Headers.Zip(_rows[_index]).ToDictionary(p => p.First, p => p.Second));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
