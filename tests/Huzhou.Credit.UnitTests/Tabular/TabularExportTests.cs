using System.Globalization;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.AspNetCore.Http;

namespace Huzhou.Credit.UnitTests.Tabular;

/// <summary>
/// <see cref="TabularExport"/> (issue #28 §3): a million-row export in either format streams with flat memory — the
/// live heap, measured every 100,000 rows while the rows are being written, does not grow with the rows.
/// </summary>
public sealed class TabularExportTests
{
    private const int Rows = 1_000_000;
    private const long Allowed = 32L * 1024 * 1024;

    [Theory]
    [InlineData(ExportFormat.Xlsx)]
    [InlineData(ExportFormat.Csv)]
    public async Task A_million_row_export_keeps_memory_flat(ExportFormat format)
    {
        var body = new DiscardingResponseStream();
        var context = new DefaultHttpContext();
        context.Response.Body = body;
        var heaps = new List<long>();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        await TabularExport.WriteAsync(
            context.Response,
            format,
            "million",
            "一百万行",
            ["序号", "主体名称", "说明"],
            Generate(heaps),
            i => [i.ToString(CultureInfo.InvariantCulture), "湖州示例有限公司" + (i % 997).ToString(CultureInfo.InvariantCulture), i % 10 == 0 ? "=1+1" : "正常"],
            CancellationToken.None);

        Assert.Equal(Rows / 100_000, heaps.Count);
        Assert.All(heaps, heap => Assert.True(heap - baseline < Allowed, $"live heap grew by {(heap - baseline) / 1024 / 1024} MB"));
        Assert.True(body.Written > Rows * 10L, $"only {body.Written} bytes written");
        Assert.Equal(format == ExportFormat.Xlsx ? XlsxWriter.ContentType : "text/csv; charset=utf-8", context.Response.ContentType);
        Assert.Contains("filename*=UTF-8''%E4%B8%80%E7%99%BE%E4%B8%87%E8%A1%8C." + TabularExport.Extension(format), context.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, ExportFormat.Csv)]
    [InlineData("", ExportFormat.Csv)]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData("xlsx", ExportFormat.Xlsx)]
    public void The_format_is_read_from_the_query(string? value, ExportFormat expected)
    {
        Assert.True(TabularExport.TryParse(value, out var format));
        Assert.Equal(expected, format);
        Assert.False(TabularExport.TryParse("xls", out _));
    }

    [Fact]
    public void A_sheet_name_is_made_valid()
    {
        Assert.Equal("归集质量统计_2026", TabularExport.SheetName("归集质量统计/2026"));
        Assert.Equal(31, TabularExport.SheetName(new string('统', 40)).Length);
    }

    private static async IAsyncEnumerable<int> Generate(List<long> heaps)
    {
        for (var i = 1; i <= Rows; i++)
        {
            if (i % 100_000 == 0)
            {
                heaps.Add(GC.GetTotalMemory(forceFullCollection: true));
                await Task.Yield();
            }

            yield return i;
        }
    }
}
