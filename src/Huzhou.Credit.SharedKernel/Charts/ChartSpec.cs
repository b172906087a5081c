using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Huzhou.Credit.SharedKernel.Charts;

/// <summary>
/// A chart described on the server and drawn in the browser by <c>wwwroot/js/charts.js</c> with ECharts (ADR 0017):
/// the page puts <c>&lt;chart spec="…" /&gt;</c> (<see cref="ChartTagHelper"/>) beside its table, and the tag helper
/// writes <see cref="ToJson"/> into a <c>data-chart</c> attribute. The JSON is an ECharts option: title, legend,
/// tooltip (rendered as rich text on the canvas, never as HTML with inline styles, which the CSP refuses), the
/// toolbox's 保存为图片 (PNG) and the series. Values given as rates (0–1) with <see cref="Percent"/> are shown as
/// percentages with one decimal.
/// </summary>
/// <example>
/// <code>
/// var chart = ChartSpec.Bar("各部门合规率", departments, new ChartSeries("合规率", rates)) with { Percent = true };
/// </code>
/// </example>
public sealed record ChartSpec
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="kind">Line, bar, horizontal bar or pie.</param>
    /// <param name="title">The chart's title (also its accessible name and the PNG's file name).</param>
    /// <param name="categories">The x-axis labels (y-axis for a horizontal bar; the slices' names for a pie).</param>
    /// <param name="series">At least one; each with one value per category.</param>
    public ChartSpec(ChartKind kind, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one series.", nameof(series));
        }

        if (series.FirstOrDefault(s => s.Values.Count != categories.Count) is { } wrong)
        {
            throw new ArgumentException($"Series '{wrong.Name}' has {wrong.Values.Count} values for {categories.Count} categories.", nameof(series));
        }

        Kind = kind;
        Title = title;
        Categories = categories;
        Series = series;
    }

    public ChartKind Kind { get; }

    public string Title { get; }

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>The values are rates between 0 and 1, shown as percentages (axis 0–100 %, one decimal).</summary>
    public bool Percent { get; init; }

    /// <summary>Bars of several series stacked into one per category (a total split by decision or status).</summary>
    public bool Stacked { get; init; }

    /// <summary>A size class chosen by the page (<c>chart-sm</c> for a chart inside a card); null: <see cref="SizeClass"/> decides.</summary>
    public string? Size { get; init; }

    /// <summary>The size class (see <see cref="ChartTagHelper"/>): taller for horizontal bars with many categories.</summary>
    public string SizeClass => Size ?? (Kind == ChartKind.HorizontalBar
        ? Categories.Count switch { <= 10 => "chart-md", <= 25 => "chart-lg", _ => "chart-xl" }
        : "chart-md");

    /// <summary>A trend over days or months.</summary>
    public static ChartSpec Line(string title, IReadOnlyList<string> categories, params ChartSeries[] series) => new(ChartKind.Line, title, categories, series);

    /// <summary>Vertical bars per category.</summary>
    public static ChartSpec Bar(string title, IReadOnlyList<string> categories, params ChartSeries[] series) => new(ChartKind.Bar, title, categories, series);

    /// <summary>Horizontal bars, first category on top (rankings).</summary>
    public static ChartSpec HorizontalBar(string title, IReadOnlyList<string> categories, params ChartSeries[] series) =>
        new(ChartKind.HorizontalBar, title, categories, series);

    /// <summary>A breakdown: one slice per (name, value); slices of zero are left out.</summary>
    public static ChartSpec Pie(string title, IEnumerable<KeyValuePair<string, double>> slices)
    {
        ArgumentNullException.ThrowIfNull(slices);
        var shown = slices.Where(s => s.Value > 0).ToList();
        return new ChartSpec(ChartKind.Pie, title, shown.Select(s => s.Key).ToList(), [new ChartSeries(title, shown.Select(s => (double?)s.Value).ToList())]);
    }

    /// <summary>The ECharts option as JSON (Chinese unescaped; the tag helper HTML-encodes the attribute).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("title");
            json.WriteString("text", Title);
            json.WriteString("left", "center");
            json.WriteStartObject("textStyle");
            json.WriteNumber("fontSize", 14);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("tooltip");
            json.WriteString("trigger", Kind == ChartKind.Pie ? "item" : "axis");
            json.WriteString("renderMode", "richText");
            json.WriteBoolean("confine", true);
            json.WriteEndObject();

            json.WriteStartObject("toolbox");
            json.WriteString("right", "8");
            json.WriteStartObject("feature");
            json.WriteStartObject("saveAsImage");
            json.WriteString("title", "保存为图片");
            json.WriteString("name", Title);
            json.WriteString("type", "png");
            json.WriteNumber("pixelRatio", 2);
            json.WriteString("backgroundColor", "#ffffff");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            if (Kind == ChartKind.Pie || Series.Count > 1)
            {
                json.WriteStartObject("legend");
                json.WriteString("type", "scroll");
                json.WriteString("bottom", "0");
                json.WriteEndObject();
            }

            if (Kind == ChartKind.Pie)
            {
                WritePieSeries(json);
            }
            else
            {
                WriteAxes(json);
                WriteAxisSeries(json);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private void WriteAxes(Utf8JsonWriter json)
    {
        json.WriteStartObject("grid");
        json.WriteNumber("left", 12);
        json.WriteNumber("right", 24);
        json.WriteNumber("top", 48);
        json.WriteNumber("bottom", Series.Count > 1 ? 40 : 12);
        json.WriteBoolean("containLabel", true);
        json.WriteEndObject();

        var horizontal = Kind == ChartKind.HorizontalBar;
        json.WriteStartObject(horizontal ? "yAxis" : "xAxis");
        json.WriteString("type", "category");
        json.WriteBoolean("inverse", horizontal);
        json.WriteBoolean("boundaryGap", Kind != ChartKind.Line);
        json.WriteStartArray("data");
        foreach (var category in Categories)
        {
            json.WriteStringValue(category);
        }

        json.WriteEndArray();
        if (!horizontal)
        {
            json.WriteStartObject("axisLabel");
            json.WriteBoolean("hideOverlap", true);
            json.WriteEndObject();
        }

        json.WriteEndObject();

        json.WriteStartObject(horizontal ? "xAxis" : "yAxis");
        json.WriteString("type", "value");
        json.WriteNumber("minInterval", 1);
        if (Percent)
        {
            json.WriteNumber("max", 100);
            json.WriteStartObject("axisLabel");
            json.WriteString("formatter", "{value}%");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteAxisSeries(Utf8JsonWriter json)
    {
        json.WriteStartArray("series");
        foreach (var series in Series)
        {
            json.WriteStartObject();
            json.WriteString("name", series.Name);
            json.WriteString("type", Kind == ChartKind.Line ? "line" : "bar");
            if (Stacked && Kind != ChartKind.Line)
            {
                json.WriteString("stack", "total");
            }

            if (Kind == ChartKind.Line)
            {
                json.WriteBoolean("connectNulls", false);
            }
            else
            {
                json.WriteString("barMaxWidth", "40");
            }

            json.WriteStartArray("data");
            foreach (var value in series.Values)
            {
                WriteValue(json, value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WritePieSeries(Utf8JsonWriter json)
    {
        json.WriteStartArray("series");
        json.WriteStartObject();
        json.WriteString("name", Series[0].Name);
        json.WriteString("type", "pie");
        json.WriteStartArray("radius");
        json.WriteStringValue("35%");
        json.WriteStringValue("62%");
        json.WriteEndArray();
        json.WriteStartArray("center");
        json.WriteStringValue("50%");
        json.WriteStringValue("52%");
        json.WriteEndArray();
        json.WriteStartObject("label");
        json.WriteString("formatter", "{b}：{d}%");
        json.WriteEndObject();
        json.WriteStartArray("data");
        for (var i = 0; i < Categories.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("name", Categories[i]);
            json.WritePropertyName("value");
            WriteValue(json, Series[0].Values[i]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteValue(Utf8JsonWriter json, double? value)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            // ECharts' own mark for "no data": a gap in a line, no bar.
            json.WriteStringValue("-");
            return;
        }

        json.WriteNumberValue(Percent ? Math.Round(v * 100, 1) : Math.Round(v, 2));
    }
}
