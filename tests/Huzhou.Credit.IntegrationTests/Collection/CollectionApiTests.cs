using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Collection;

[Collection(CreditCollection.Name)]
public sealed class CollectionApiTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Department_system_delivers_records_through_the_api_and_bad_rows_are_explained()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var key = await ApiKeys.IssueAsync(admin, "市场监管执法办案系统-" + Unique.Digits(4), "collection:write", 100, "湖州市市场监督管理局");
        var file = new PenaltyFile();
        var good = file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "电梯有限公司");
        file.AddRaw("湖州" + file.Marker + "电器有限公司", "not-a-code", "2026-10-01");
        var body = file.Rows.Select(r => PenaltyFile.Headers.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        using var client = SignedInClient.Anonymous(factory);

        using var response = await SendAsync(client, key, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("received").GetInt32());
        Assert.Equal(1, result.GetProperty("inserted").GetInt32());
        Assert.Equal(1, result.GetProperty("rejected").GetInt32());
        var rejection = result.GetProperty("rejections")[0];
        Assert.Equal(2, rejection.GetProperty("row").GetInt32());
        Assert.Equal("HZ-SJJ", await factory.Database.ScalarAsync<string>("SELECT department_code FROM credit.collection_batches WHERE id = $1", result.GetProperty("batchId").GetInt64()));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key = $1", good));

        // The same delivery again inserts nothing.
        using var again = await SendAsync(client, key, body);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, second.GetProperty("inserted").GetInt32());
        Assert.Equal(1, second.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Delivery_without_a_key_or_with_a_read_only_key_is_refused()
    {
        using var client = SignedInClient.Anonymous(factory);
        using var anonymous = await SendAsync(client, null, []);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var readOnly = await ApiKeys.IssueAsync(admin, "只读客户端-" + Unique.Digits(4), "subjects:read", 100);
        using var forbidden = await SendAsync(client, readOnly, []);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var wrong = await SendAsync(client, "hzc_00000000_notarealkeyatall", []);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task A_department_delivers_only_the_items_that_name_it_as_a_provider()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var key = await ApiKeys.IssueAsync(admin, "市场监管系统-" + Unique.Digits(4), "collection:write", 100, "湖州市市场监督管理局");
        var name = "湖州" + Unique.ChineseFragment(3) + "商贸有限公司";
        var row = new Dictionary<string, string>
        {
            ["纳税人名称"] = name, ["纳税人识别号"] = Unique.Uscc(), ["欠税税种"] = "增值税", ["欠税余额（元）"] = "12000",
            ["公告编号"] = "湖税欠〔2026〕" + Unique.Digits(4) + "号", ["公告日期"] = "2026-10-01", ["主管税务机关"] = "国家税务总局湖州市税务局",
        };
        using var client = SignedInClient.Anonymous(factory);

        using var response = await SendAsync(client, key, [row], "QSXX");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("不是“欠税信息”的报送部门", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE name = $1", name));

        // The upload page offers a department only its own items, and a forged item code is refused with the reason.
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var upload = await HtmlPages.GetAsync(staff, "/collection/upload");
        Assert.DoesNotContain(upload.QuerySelectorAll("#itemCode option"), o => o.GetAttribute("value") == "QSXX");
        Assert.Contains(upload.QuerySelectorAll("#itemCode option"), o => o.GetAttribute("value") == "XZCF");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(upload)), HtmlPages.AntiforgeryField },
            { new StringContent("QSXX"), "itemCode" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("纳税人名称\r\nx\r\n")), "file", "欠税.csv" },
        };
        using var refused = await staff.PostAsync("/collection/upload", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不是“欠税信息”的报送部门", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string? key, List<Dictionary<string, string>> rows, string item = "XZCF")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/collection/{item}/records") { Content = JsonContent.Create(rows) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }
}
