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

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string? key, List<Dictionary<string, string>> rows)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/collection/XZCF/records") { Content = JsonContent.Create(rows) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }
}
