using System.Globalization;
using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// Issue #28 §3: every export is offered as XLSX beside its CSV, through the one writer. The XLSX, read back with the
/// platform's own reader (<see cref="RowSources"/>), has the same cells as the CSV, the Chinese intact, and a cell that
/// begins with <c>=</c> neutralised (<c>'=</c>) in both.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class XlsxExportTests(CreditAppFactory factory)
{
    public static TheoryData<string, string, string> Exports => new()
    {
        { "xinyongban", "/commitments/export", "承诺书编号" },
        { "xinyongban", "/repair/export?from=2000-01-01", "修复编号" },
        { "scjg.staff", "/evaluation/fields/WYGL/export?grade=C", "统一社会信用代码" },
        { "xinyongban", "/integrity/redemptions/export?from=2026-01-01&to=2026-01-31", "场景编码" },
        { "xinyongban", "/integrity/schemes/YSJ-CXSH/export", "名次" },
        { "xinyongban", "/collection/statistics/export", "上报率" },
        { "xinyongban", "/collection/scorecard/HZ-SJJ/export", "合规率" },
        { "xinyongban", "/sanctions/statistics/export?days=365", "惩戒命中率" },
        { "xinyongban", "/commitments/statistics/export", "践诺率" },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task The_xlsx_export_has_the_same_cells_as_the_csv(string user, string url, string header)
    {
        using var client = await SignedInClient.CreateAsync(factory, user);

        var csv = await DownloadAsync(client, url, "csv");
        var xlsx = await DownloadAsync(client, url, "xlsx");

        Assert.Contains(header, csv.Headers);
        Assert.Equal(csv.Headers, xlsx.Headers);
        Assert.Equal(csv.Rows.Count, xlsx.Rows.Count);
        for (var i = 0; i < csv.Rows.Count; i++)
        {
            Assert.Equal(csv.Rows[i], xlsx.Rows[i]);
        }
    }

    [Fact]
    public async Task Statistics_exports_carry_the_departments_chinese_names_and_their_rows()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var quality = await DownloadAsync(office, "/collection/statistics/export", "xlsx");
        Assert.Contains(quality.Rows, r => r[2] == "HZ-SJJ" && r[1] == "湖州市市场监督管理局");
        var commitments = await DownloadAsync(office, "/commitments/statistics/export", "xlsx");
        Assert.Contains(commitments.Rows, r => r[0] == "合计");
    }

    [Fact]
    public async Task A_list_import_rejection_beginning_with_an_equals_sign_is_neutralised_in_both_formats()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var formula = "=HYPERLINK(\"http://example.invalid\",\"湖州示例\")";
        var id = await factory.Database.ScalarAsync<long>(
            "WITH made AS (INSERT INTO credit.list_imports (source, file_name, file_format, received, imported, unchanged, rejected, department_code, imported_by, imported_at, status) "
            + "VALUES (2, '公式注入.csv', 'CSV', 1, 0, 0, 1, 'HZ-FGW', 'xinyongban', now(), 3) RETURNING id) "
            + "INSERT INTO credit.list_import_rejections (import_id, row_number, column_name, reason, subject_name, subject_code) "
            + "SELECT id, 2, '主体名称', '主体库中没有该代码的主体。', $1, '91330500MA2XXXXXXX' FROM made RETURNING import_id",
            formula);
        var url = $"/lists/import/{id.ToString(CultureInfo.InvariantCulture)}/rejections";

        using (var old = await office.GetAsync(url + ".csv"))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
            Assert.Equal("text/csv", old.Content.Headers.ContentType?.MediaType);
        }

        var csv = await ReadAsync(await office.GetAsync(url + ".csv"), "report.csv");
        var xlsx = await ReadAsync(await office.GetAsync(url + ".xlsx"), "report.xlsx");

        Assert.Equal(["行号", "列", "原因", "主体名称", "统一社会信用代码或身份证号码"], xlsx.Headers);
        var row = Assert.Single(xlsx.Rows);
        Assert.Equal("'" + formula, row[3]);
        Assert.Equal("主体库中没有该代码的主体。", row[2]);
        Assert.Equal(csv.Rows, xlsx.Rows);
        using var unknown = await office.GetAsync(url + ".pdf");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_unknown_format_is_not_found()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        using var response = await office.GetAsync("/commitments/export?format=xls");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<Table> DownloadAsync(HttpClient client, string url, string format)
    {
        var response = await client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=" + format);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} ({format}): {response.StatusCode}");
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.EndsWith("." + format, disposition?.FileNameStar ?? "", StringComparison.Ordinal);
        Assert.Equal(format == "xlsx" ? XlsxWriter.ContentType : "text/csv", response.Content.Headers.ContentType?.MediaType);
        return await ReadAsync(response, "export." + format);
    }

    private static async Task<Table> ReadAsync(HttpResponseMessage response, string fileName)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            await using var source = await RowSources.OpenAsync(body, fileName);
            var rows = new List<string[]>();
            while (await source.ReadAsync())
            {
                rows.Add(Enumerable.Range(0, source.Headers.Count).Select(i => i < source.FieldCount ? source.GetString(i) : "").ToArray());
            }

            return new Table(source.Headers, rows);
        }
    }

    private sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows);
}
