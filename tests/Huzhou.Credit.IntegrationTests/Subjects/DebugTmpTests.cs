using Huzhou.Credit.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Huzhou.Credit.IntegrationTests.Subjects;

[Collection(CreditCollection.Name)]
public sealed class DebugTmpTests(CreditAppFactory factory, ITestOutputHelper output)
{
    [Fact]
    public async Task Debug()
    {
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var name = "钱" + Unique.ChineseFragment(2);
        var idNumber = Unique.ResidentId("330522");
        var id = await SubjectForms.CreatePersonAsync(changxing, name, idNumber, "330522");
        output.WriteLine(await factory.Database.ScalarAsync<string>("SELECT row_to_json(s)::text FROM credit.subjects s WHERE id = $1", id));
        output.WriteLine("bigram hits: " + await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE credit.cjk_bigrams(name) @> credit.cjk_bigrams($1)", name));
        output.WriteLine("like hits: " + await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE lower(name) LIKE lower($1)", "%" + name + "%"));
        output.WriteLine("bigrams: " + await factory.Database.ScalarAsync<string>("SELECT credit.cjk_bigrams($1)::text", name));
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var w = await wuxing.GetAsync("/subjects?q=" + Uri.EscapeDataString(name));
        output.WriteLine("wuxing: " + HtmlPages.Describe(await w.Content.ReadAsStringAsync()));
        var resp = await changxing.GetAsync("/subjects?q=" + Uri.EscapeDataString(name));
        var html = await resp.Content.ReadAsStringAsync();
        var i = html.IndexOf("查询结果", StringComparison.Ordinal);
        output.WriteLine((int)resp.StatusCode + " " + (i < 0 ? HtmlPages.Describe(html) : html[i..Math.Min(html.Length, i + 1500)]));
    }
}
