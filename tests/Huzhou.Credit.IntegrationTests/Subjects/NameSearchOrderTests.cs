using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Subjects;

/// <summary>
/// The portal's name search reads the organisations' bigram postings, stored in ranking order, instead of sorting every
/// match (ADR 0004, update 2026-11-27). The order must stay what it was: the exact name first, then shorter names, then by
/// name; natural persons never; and the postings must follow every way a name enters or changes.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class NameSearchOrderTests(CreditAppFactory factory)
{
    private const int Take = 30;

    private static int _batch = Random.Shared.Next(5_000_000, 6_000_000);

    private static readonly string[] Suffixes = ["有限公司", "科技有限公司", "经营部", "厂", "商行", "建材有限公司", "专业合作社", "贸易有限责任公司", ""];

    [Fact]
    public async Task A_fragment_in_more_names_than_a_page_shows_ranks_the_exact_name_first_then_shorter_names_then_by_name()
    {
        var marker = Unique.ChineseFragment(2);
        // More organisations than one page, of many lengths (several of the same length, to be ordered by name), created
        // the way a delivery creates them (one set-based insert), the exact name among the last; and persons so named.
        var names = Enumerable.Range(0, 70).Select(i => Unique.ChineseFragment(i % 5) + marker + Suffixes[i % Suffixes.Length]).Append(marker).ToList();
        await DeliverOrganisationsAsync(names);
        await DeliverPersonAsync(marker);
        await DeliverPersonAsync(marker + "明");

        var found = await SearchAsync(marker);

        Assert.Equal(await ExpectedAsync(marker), found.Select(o => o.SubjectId).ToList());
        Assert.Equal(marker, found[0].Name);
        Assert.Equal(Take, found.Count);
        Assert.True(found.Skip(1).Zip(found.Skip(2)).All(p => p.First.Name.Length <= p.Second.Name.Length), "shorter names first");
    }

    [Fact]
    public async Task A_longer_fragment_whose_bigrams_are_common_finds_the_same_names_as_sorting_every_match()
    {
        // 有限 is in most names of the city: the fragment X有限 must be found through its rarer bigram, in the same order.
        var marker = Unique.ChineseFragment(1);
        var fragment = marker + "有限";
        var names = Enumerable.Range(0, 60)
            .Select(i => i % 3 == 0 ? Unique.ChineseFragment(2 + (i % 4)) + marker + "科技公司" : Unique.ChineseFragment(1 + (i % 4)) + fragment + Suffixes[i % 3])
            .ToList();
        await DeliverOrganisationsAsync(names);

        var found = await SearchAsync(fragment);

        Assert.Equal(await ExpectedAsync(fragment), found.Select(o => o.SubjectId).ToList());
        Assert.Equal(Take, found.Count);
        Assert.All(found, o => Assert.Contains(fragment, o.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_renamed_organisation_is_found_by_its_new_name_only()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var before = Unique.ChineseFragment(2);
        var after = Unique.ChineseFragment(2);
        var id = await SubjectForms.CreateOrganisationAsync(office, $"湖州{before}科技有限公司", Unique.Uscc());
        var foundBefore = await SearchAsync(before);

        var edit = await HtmlPages.GetAsync(office, $"/subjects/{id}/edit");
        using var saved = await HtmlPages.PostFormAsync(office, edit, "form[action$='/edit']", new() { ["Name"] = $"湖州{after}贸易有限公司" });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([id], foundBefore.Select(o => o.SubjectId));
        Assert.Empty(await SearchAsync(before));
        Assert.Equal([id], (await SearchAsync(after)).Select(o => o.SubjectId));
    }

    private async Task<IReadOnlyList<PublicOrganisation>> SearchAsync(string q)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPublicRegistry>().SearchAsync(q, Take);
    }

    /// <summary>The ranking by its definition: every matching organisation sorted, the first page kept.</summary>
    private async Task<List<long>> ExpectedAsync(string fragment)
    {
        var ids = new List<long>();
        await using var command = factory.Database.CreateCommand(
            """
            SELECT id FROM credit.subjects
            WHERE kind <> 5 AND uscc IS NOT NULL AND strpos(lower(name), lower($1)) > 0
            ORDER BY name = $1 DESC, char_length(name), name, id
            LIMIT 30
            """);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = fragment });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private Task DeliverOrganisationsAsync(IReadOnlyList<string> names) =>
        DeliverAsync(names.Select((name, i) => Penalty(i + 1, SubjectKeyKind.Uscc, Unique.Uscc(), name)).ToList());

    private Task DeliverPersonAsync(string name) =>
        DeliverAsync([Penalty(1, SubjectKeyKind.IdNumber, Unique.ResidentId("330502"), name)]);

    private static IncomingCreditRecord Penalty(int row, SubjectKeyKind key, string code, string name)
    {
        var decided = new DateOnly(2026, 6, 1);
        var number = $"湖市监处罚〔2026〕{Unique.Digits(8)}号";
        var payload = $"[\"{name}\",\"02\",null,null,null,null,null,null,null,null,null,null,null,\"{number}\",\"虚假宣传\",\"经查属实\",\"《反不正当竞争法》第二十条\",\"罚款\",\"罚款五万元\",\"5\",null,null,\"2026-06-01\",\"2026-06-01\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]";
        return new IncomingCreditRecord(row, key, code, name, "XZCF", 1, number, decided,
            new PublicityPeriod(decided, decided.AddYears(1), decided.AddMonths(3), PenaltyClass.General, "2025", true), payload);
    }

    private async Task DeliverAsync(IReadOnlyList<IncomingCreditRecord> rows)
    {
        var writer = factory.Services.GetRequiredService<ICreditRecordWriter>();
        await using var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-SJJ", "it-tests");
        foreach (var row in rows)
        {
            await batch.AddAsync(row);
        }

        await batch.CompleteAsync();
    }
}
