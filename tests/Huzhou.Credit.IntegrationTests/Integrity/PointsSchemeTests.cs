using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.Integrity.Jobs;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Integrity;

/// <summary>
/// Community points schemes as their operators and the public meet them: members added by code (wrong codes named),
/// manual events within the rules (yearly limits, deductions explained, revocation), events from members' credit
/// records (at joining, on the records event, revoked when a record is), the ranking and bands, the public board
/// without identifiers, who may run a scheme, the all-or-nothing file import; and the stored personal score.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class PointsSchemeTests(CreditAppFactory factory)
{
    static PointsSchemeTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_village_scheme_ranks_households_from_events_and_records_and_publishes_masked_names_only()
    {
        // Two households of 长兴: one volunteers and was honoured this year.
        var (idA, nameA) = (Unique.ResidentId("330522"), "吴" + Unique.ChineseFragment(2));
        var (idB, nameB) = (Unique.ResidentId("330522"), "钮" + Unique.ChineseFragment(2));
        await DeliverAsync("ZYFW", "HZ-TSW", Volunteer(nameA, idA));
        await DeliverAsync("BZRY", "HZ-XCB", new Dictionary<string, string?>
        {
            ["获得者名称"] = nameA, ["身份证号码"] = idA, ["荣誉名称"] = "长兴县最美家庭", ["荣誉级别"] = "4", ["授予机关"] = "长兴县妇女联合会",
            ["表彰文号"] = "长妇〔2026〕" + Unique.Digits(3) + "号", ["授予日期"] = Day0,
        });
        await DeliverAsync("ZYFW", "HZ-TSW", Volunteer(nameB, idB, new DateOnly(Today.Year - 1, 6, 1)));

        var code = await CreateSchemeAsync(new PointsScheme
        {
            Name = "测试村诚信档案", Kind = SchemeKind.Village, DepartmentCode = "CX-NYJ", DistrictCode = "330522", MembersArePersons = true,
            BasePoints = 100, Bands = "110:诚信示范户;100:诚信户;0:诚信警示户", GroupLabel = "村", PublicBoard = true, Description = "测试",
        }, ("LJHM", 2, 2, null), ("WZJS", -20, null, null), ("R-ZYFW", 1, 12, "ZYFW"), ("R-BZRY", 10, 3, "BZRY"));

        // The district's credit office runs it; the city's market regulation does not see it.
        using var office = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        using var other = await SignedInClient.CreateAsync(factory, "scjg.staff");
        await HtmlPages.GetAsync(other, $"/integrity/schemes/{code}", HttpStatusCode.NotFound);

        var page = await HtmlPages.GetAsync(office, $"/integrity/schemes/{code}");
        var joined = new DateOnly(Today.Year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains("身份证号码无效", await FollowAsync(office, await HtmlPages.PostFormAsync(office, page, "#add-member", new() { ["memberCode"] = idA[..10] + "13" + idA[12..], ["group"] = "顾渚村", ["joinedOn"] = joined })), StringComparison.Ordinal);
        Assert.Contains("请填写成员所在村", await FollowAsync(office, await HtmlPages.PostFormAsync(office, page, "#add-member", new() { ["memberCode"] = idA, ["group"] = "", ["joinedOn"] = joined })), StringComparison.Ordinal);
        var memberA = await AddMemberAsync(office, page, idA, "顾渚村", joined);
        var memberB = await AddMemberAsync(office, page, idB, "仙山村", joined);
        Assert.Contains("已是本方案的成员", await FollowAsync(office, await HtmlPages.PostFormAsync(office, page, "#add-member", new() { ["memberCode"] = idA, ["group"] = "顾渚村", ["joinedOn"] = joined })), StringComparison.Ordinal);

        // A's records since joining counted at once (B's volunteering was last year, before joining: not counted).
        var a = await HtmlPages.GetAsync(office, memberA);
        Assert.Equal(2, a.QuerySelectorAll("#events tbody tr").Length);

        // 邻里和睦 twice a year at most; a deduction needs the facts.
        for (var i = 0; i < 2; i++)
        {
            Assert.Contains("已记分", await FollowAsync(office, await HtmlPages.PostFormAsync(office, a, "#record", new() { ["ruleCode"] = "LJHM", ["occurredOn"] = Day0 })), StringComparison.Ordinal);
        }

        Assert.Contains("每年最多计 2 次", await FollowAsync(office, await HtmlPages.PostFormAsync(office, a, "#record", new() { ["ruleCode"] = "LJHM", ["occurredOn"] = Day0 })), StringComparison.Ordinal);
        Assert.Contains("由信用记录自动计分", await FollowAsync(office, await HtmlPages.PostFormAsync(office, a, "#record", new() { ["ruleCode"] = "R-ZYFW", ["occurredOn"] = Day0 })), StringComparison.Ordinal);
        var b = await HtmlPages.GetAsync(office, memberB);
        Assert.Contains("扣分须在说明中写明事实", await FollowAsync(office, await HtmlPages.PostFormAsync(office, b, "#record", new() { ["ruleCode"] = "WZJS", ["occurredOn"] = Day0, ["note"] = " " })), StringComparison.Ordinal);
        Assert.Contains("不能晚于今天", await FollowAsync(office, await HtmlPages.PostFormAsync(office, b, "#record", new() { ["ruleCode"] = "WZJS", ["occurredOn"] = Today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["note"] = "院内违章搭建彩钢棚" })), StringComparison.Ordinal);
        Assert.Contains("已记分", await FollowAsync(office, await HtmlPages.PostFormAsync(office, b, "#record", new() { ["ruleCode"] = "WZJS", ["occurredOn"] = Day0, ["note"] = "院内违章搭建彩钢棚约20平方米，村委会已告知限期拆除" })), StringComparison.Ordinal);

        // Ranking: A 100 + 1 + 10 + 2×2 = 115 示范户 first; B 100 − 20 = 80 警示户.
        var ranking = Ranking(await HtmlPages.GetAsync(office, $"/integrity/schemes/{code}"));
        Assert.Equal([(1, nameA, 115, "诚信示范户"), (2, nameB, 80, "诚信警示户")], ranking);

        // B volunteers now: the records event takes it in without anyone pressing a button.
        await DeliverAsync("ZYFW", "HZ-TSW", Volunteer(nameB, idB, Today));
        await factory.SettleEventsAsync();
        Assert.Equal(81, Ranking(await HtmlPages.GetAsync(office, $"/integrity/schemes/{code}")).Single(r => r.Name == nameB).Points);

        // The deduction is overturned: revoked with a reason, still listed.
        b = await HtmlPages.GetAsync(office, memberB);
        Assert.Contains("已撤销", await FollowAsync(office, await HtmlPages.PostFormAsync(office, b, "form.revoke", new() { ["reason"] = "复核为临时农具棚，已拆除" })), StringComparison.Ordinal);
        Assert.Equal((101, "诚信户"), Ranking(await HtmlPages.GetAsync(office, $"/integrity/schemes/{code}")).Where(r => r.Name == nameB).Select(r => (r.Points, r.Band)).Single());

        // The public board: masked names and villages, no ID number, no full name.
        using var anonymous = SignedInClient.Anonymous(factory);
        using var board = await anonymous.GetAsync($"/public/schemes/{code}");
        var html = await board.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Contains(Masking.PersonName(nameA), html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameA, html, StringComparison.Ordinal);
        Assert.DoesNotContain(idA, html, StringComparison.Ordinal);
        Assert.DoesNotContain(idA[..14], html, StringComparison.Ordinal);
        // A scheme that does not publish has no board.
        using (var closed = await anonymous.GetAsync("/public/schemes/HZ-GWYDA"))
        {
            Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);
        }

        // Looking at a person's points is audited.
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'integrity.scheme.member-view' AND user_name = 'changxing.xyb'") >= 2);
    }

    [Fact]
    public async Task A_merchant_file_of_events_is_imported_whole_or_not_at_all_and_a_repaired_penalty_stops_counting()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var shops = await scope.ServiceProvider.GetRequiredService<ISubjectDirectory>().ListOrganisationsAsync("330502", 60);
        var (first, second) = (shops[^1], shops[^2]);
        var code = await CreateSchemeAsync(new PointsScheme
        {
            Name = "测试街区商户积分", Kind = SchemeKind.Merchants, DepartmentCode = "WX-SJJ", DistrictCode = "330502", MembersArePersons = false,
            BasePoints = 100, Bands = "115:四星;100:三星;0:一星", GroupLabel = "街区", PublicBoard = true, Description = "测试",
        }, ("MMBJ", 5, 4, null), ("TSCS", -10, null, null), ("R-XZCF", -20, null, "XZCF"));
        using var operatorClient = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var page = await HtmlPages.GetAsync(operatorClient, $"/integrity/schemes/{code}");
        var joined = new DateOnly(Today.Year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await AddMemberAsync(operatorClient, page, first.Uscc, "衣裳街东段", joined);
        await AddMemberAsync(operatorClient, page, second.Uscc, "南街", joined);
        var before = Ranking(await HtmlPages.GetAsync(operatorClient, $"/integrity/schemes/{code}")).ToDictionary(r => r.Name, r => r.Points);

        // GBK sheet with two bad rows: an unknown rule and a deduction without the facts. Nothing is written.
        var bad = $"成员代码,规则编码,发生日期,说明\n{first.Uscc},MMBJ,{Day0},\n{first.Uscc},XXXX,{Day0},\n{second.Uscc},TSCS,{Day0},\n{second.Uscc},MMBJ,{Today:yyyy/M/d},\n";
        var error = await FollowAsync(operatorClient, await ImportAsync(operatorClient, page, Encoding.GetEncoding("GB18030").GetBytes(bad)));
        Assert.Contains("2 行不能导入", error, StringComparison.Ordinal);
        Assert.Contains("第 3 行：请选择本方案在用的积分规则", error, StringComparison.Ordinal);
        Assert.Contains("第 4 行：扣分须在说明中写明事实", error, StringComparison.Ordinal);
        Assert.Equal(before, Ranking(await HtmlPages.GetAsync(operatorClient, $"/integrity/schemes/{code}")).ToDictionary(r => r.Name, r => r.Points));

        // The corrected sheet: all four rows; the yearly limit counts rows of the file too (five 明码标价 would be refused).
        var good = $"成员代码,规则编码,发生日期,说明\n{first.Uscc},MMBJ,{Day0},\n{first.Uscc},MMBJ,{Day0},季度检查\n{second.Uscc},TSCS,{Day0},消费者投诉以次充好，经调查属实\n{second.Uscc},MMBJ,{Today:yyyy/M/d},\n";
        Assert.Contains("已导入 4 条", await FollowAsync(operatorClient, await ImportAsync(operatorClient, page, Encoding.GetEncoding("GB18030").GetBytes(good))), StringComparison.Ordinal);
        var after = Ranking(await HtmlPages.GetAsync(operatorClient, $"/integrity/schemes/{code}")).ToDictionary(r => r.Name, r => r.Points);
        Assert.Equal(before[first.Name] + 10, after[first.Name]);
        Assert.Equal(before[second.Name] - 5, after[second.Name]);
        var tooMany = $"成员代码,规则编码,发生日期,说明\n{first.Uscc},MMBJ,{Day0},\n{first.Uscc},MMBJ,{Day0},\n{first.Uscc},MMBJ,{Day0},\n";
        Assert.Contains("第 4 行：“MMBJ”每年最多计 4 次", await FollowAsync(operatorClient, await ImportAsync(operatorClient, page, Encoding.UTF8.GetBytes(tooMany))), StringComparison.Ordinal);

        // A penalty this year costs 20 points; once it is repaired (status 3 in the record store) the sync revokes the event.
        var penaltyKey = "湖吴市监罚〔" + Today.Year + "〕" + Unique.Digits(4) + "号";
        await Deliveries.DeliverAsync(factory, [Penalty(first, penaltyKey)], "WX-SJJ");
        Assert.Equal(after[first.Name] - 20, Ranking(await HtmlPages.GetAsync(operatorClient, $"/integrity/schemes/{code}")).Single(r => r.Name == first.Name).Points);
        var shopId = (await scope.ServiceProvider.GetRequiredService<ISubjectDirectory>().FindByCodeAsync(first.Uscc))!.SubjectId;
        var repairs = scope.ServiceProvider.GetRequiredService<ICreditRecordRepairs>();
        var record = (await repairs.BadRecordsAsync(shopId)).Single(r => r.Reference == penaltyKey);
        Assert.True((await repairs.MarkRepairedAsync(shopId, record.RecordId, "it-tests", "信用修复")).Succeeded);
        await factory.SettleEventsAsync();
        Assert.Equal(after[first.Name], Ranking(await HtmlPages.GetAsync(operatorClient, $"/integrity/schemes/{code}")).Single(r => r.Name == first.Name).Points);
        // The operator's button finds nothing left to do: the records event already took it in.
        var schemePage = await HtmlPages.GetAsync(operatorClient, $"/integrity/schemes/{code}");
        Assert.Contains("已同步信用记录：新增 0 条记分，撤销 0 条", await FollowAsync(operatorClient, await HtmlPages.PostFormAsync(operatorClient, schemePage, "form[action$='/sync']", [])), StringComparison.Ordinal);

        // The ranking as CSV; the organisations' public board names them with their codes.
        var csv = await operatorClient.GetStringAsync($"/integrity/schemes/{code}/export");
        Assert.Contains(first.Uscc, csv, StringComparison.Ordinal);
        Assert.Contains(first.Uscc, await SignedInClient.Anonymous(factory).GetStringAsync($"/public/schemes/{code}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_county_credit_office_sets_up_a_scheme_and_its_rules_with_every_mistake_named()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using (var denied = await staff.GetAsync("/integrity/schemes/new"))
        {
            Assert.StartsWith("/account/access-denied", HtmlPages.Location(denied), StringComparison.Ordinal);
        }

        using var office = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        var form = await HtmlPages.GetAsync(office, "/integrity/schemes/new");
        Assert.DoesNotContain(form.QuerySelectorAll("#DepartmentCode option"), o => o.GetAttribute("value") == "WX-SJJ");
        var code = "CX" + Unique.Digits(6);
        var fields = new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = "水口乡诚信农家乐积分", ["Kind"] = "Merchants", ["DepartmentCode"] = "CX-NYJ", ["MembersArePersons"] = "false",
            ["BasePoints"] = "100", ["Bands"] = "110:诚信示范农家乐;0:一般", ["GroupLabel"] = "村", ["Description"] = "水口乡农家乐诚信经营积分", ["Active"] = "true",
        };
        using (var bad = await HtmlPages.PostFormAsync(office, form, "#scheme-form", new(fields) { ["Bands"] = "110示范", ["Code"] = "水口" }))
        {
            var page = await HtmlPages.ParseAsync(bad);
            Assert.Contains("格式不对", page.QuerySelector("#Bands + .invalid-feedback")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("字母、数字或连字符", page.QuerySelector("#Code + .invalid-feedback")!.TextContent, StringComparison.Ordinal);
        }

        // Another district's department, posted by hand, is refused.
        using (var foreign = await HtmlPages.PostFormAsync(office, form, "#scheme-form", new(fields) { ["DepartmentCode"] = "WX-SJJ" }))
        {
            Assert.Contains("只能为本辖区的部门设立积分方案", (await HtmlPages.ParseAsync(foreign)).QuerySelector("#DepartmentCode + .invalid-feedback")!.TextContent, StringComparison.Ordinal);
        }

        using (var created = await HtmlPages.PostFormAsync(office, form, "#scheme-form", fields))
        {
            Assert.Equal($"/integrity/schemes/{code}", HtmlPages.Location(created));
        }

        Assert.Equal("330522", await factory.Database.ScalarAsync<string>("SELECT district_code FROM credit.integrity_schemes WHERE code = $1", code));
        var scheme = await HtmlPages.GetAsync(office, $"/integrity/schemes/{code}");
        Assert.Contains("分值不能为 0", await FollowAsync(office, await HtmlPages.PostFormAsync(office, scheme, "#rule-form", new() { ["Code"] = "MMBJ", ["Category"] = "诚信经营", ["Name"] = "明码标价", ["Points"] = "0" })), StringComparison.Ordinal);
        Assert.Contains("没有信息项“NOPE”", await FollowAsync(office, await HtmlPages.PostFormAsync(office, scheme, "#rule-form", new() { ["Code"] = "R-X", ["Category"] = "信用记录", ["Name"] = "处罚", ["Points"] = "-20", ["Source"] = "CreditRecord", ["ItemCode"] = "nope" })), StringComparison.Ordinal);
        Assert.Contains("已添加积分规则 MMBJ", await FollowAsync(office, await HtmlPages.PostFormAsync(office, scheme, "#rule-form", new() { ["Code"] = "mmbj", ["Category"] = "诚信经营", ["Name"] = "明码标价", ["Points"] = "5", ["MaxTimesPerYear"] = "4" })), StringComparison.Ordinal);
        Assert.Contains("本方案已有这个规则编码", await FollowAsync(office, await HtmlPages.PostFormAsync(office, scheme, "#rule-form", new() { ["Code"] = "MMBJ", ["Category"] = "诚信经营", ["Name"] = "明码标价", ["Points"] = "5" })), StringComparison.Ordinal);

        // A rule switched off takes no new events.
        var shop = (await factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ISubjectDirectory>().ListOrganisationsAsync("330522", 5))[0];
        scheme = await HtmlPages.GetAsync(office, $"/integrity/schemes/{code}");
        var member = await AddMemberAsync(office, scheme, shop.Uscc, "顾渚村", new DateOnly(Today.Year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        scheme = await HtmlPages.GetAsync(office, $"/integrity/schemes/{code}");
        Assert.Contains("规则状态已更改", await FollowAsync(office, await HtmlPages.PostFormAsync(office, scheme, "form[action$='/rules/MMBJ/toggle']", [])), StringComparison.Ordinal);
        using var response = await HtmlPages.PostAsync(office, member + "/events", [new("ruleCode", "MMBJ"), new("occurredOn", Day0), new(HtmlPages.AntiforgeryField, HtmlPages.AntiforgeryToken(scheme))]);
        Assert.Contains("请选择本方案在用的积分规则", await FollowAsync(office, response), StringComparison.Ordinal);

        // Settings change; the members' kind does not.
        var edit = await HtmlPages.GetAsync(office, $"/integrity/schemes/{code}/edit");
        using (var saved = await HtmlPages.PostFormAsync(office, edit, "#scheme-form", new() { ["PublicBoard"] = "true", ["MembersArePersons"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal((true, false), (await factory.Database.ScalarAsync<bool>("SELECT public_board FROM credit.integrity_schemes WHERE code = $1", code),
            await factory.Database.ScalarAsync<bool>("SELECT members_are_persons FROM credit.integrity_schemes WHERE code = $1", code)));
    }

    [Fact]
    public async Task A_stored_personal_score_goes_stale_when_records_change_and_the_nightly_job_recomputes_it()
    {
        var (id, name) = (Unique.ResidentId("330503"), "闵" + Unique.ChineseFragment(2));
        await DeliverAsync("ZYFW", "HZ-TSW", Volunteer(name, id, Today.AddMonths(-1)));
        await using var scope = factory.Services.CreateAsyncScope();
        var subject = await scope.ServiceProvider.GetRequiredService<ISubjectDirectory>().FindByCodeAsync(id);
        var scores = scope.ServiceProvider.GetRequiredService<PersonalScores>();
        var (first, _) = await scores.CurrentAsync(subject!.SubjectId, CancellationToken.None);
        Assert.False(await factory.Database.ScalarAsync<bool>("SELECT stale FROM credit.integrity_personal_scores WHERE subject_id = $1", subject.SubjectId));

        // An honour arrives: the stored score is marked stale by the records event and the next look recomputes it (+20).
        await DeliverAsync("BZRY", "HZ-XCB", new Dictionary<string, string?>
        {
            ["获得者名称"] = name, ["身份证号码"] = id, ["荣誉名称"] = "湖州市优秀志愿者", ["荣誉级别"] = "3", ["授予机关"] = "中共湖州市委宣传部",
            ["表彰文号"] = "湖宣〔2026〕" + Unique.Digits(3) + "号", ["授予日期"] = Day0,
        });
        await factory.SettleEventsAsync();
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT stale FROM credit.integrity_personal_scores WHERE subject_id = $1", subject.SubjectId));
        var (second, _) = await scores.CurrentAsync(subject.SubjectId, CancellationToken.None);
        Assert.Equal(first.Score + 20, second.Score);
        Assert.Contains(second.Lines, l => l.Name == "表彰荣誉" && l.Points == 20);

        // A score of an earlier day is recomputed by the nightly job.
        await factory.Database.ExecuteAsync("UPDATE credit.integrity_personal_scores SET computed_on = computed_on - 1, score = 1 WHERE subject_id = $1", subject.SubjectId);
        var (recomputed, _, _) = await scope.ServiceProvider.GetRequiredService<IntegrityNightlyJob>().RunAsync(CancellationToken.None);
        Assert.True(recomputed >= 1);
        Assert.Equal(second.Score, await factory.Database.ScalarAsync<int>("SELECT score FROM credit.integrity_personal_scores WHERE subject_id = $1", subject.SubjectId));
    }

    /// <summary>Today as a form field.</summary>
    private static string Day0 => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> Volunteer(string name, string id, DateOnly? on = null) => new()
    {
        ["志愿者姓名"] = name, ["身份证号码"] = id, ["服务记录编号"] = "ZY" + Unique.Digits(10), ["服务项目"] = "顾渚村垃圾分类督导",
        ["服务时长（小时）"] = "6", ["服务日期"] = (on ?? Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["记录单位"] = "长兴县志愿者协会",
    };

    private static IncomingCreditRecord Penalty(OrganisationEntry shop, string number) =>
        new(1, SubjectKeyKind.Uscc, shop.Uscc, shop.Name, "XZCF", 1, number, Today,
            new PublicityPeriod(Today, Today.AddYears(3), Today.AddYears(1), PenaltyClass.General, "2025", true), "[\"x\"]");

    private async Task DeliverAsync(string item, string department, IReadOnlyDictionary<string, string?> row)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IRecordDelivery>().DeliverAsync(new(item, department, "it-tests", item, [row]));
        Assert.True(result.AllAccepted, result.Error + string.Join("; ", result.Rejections.Select(r => r.Reason)));
        await factory.SettleEventsAsync();
    }

    private async Task<string> CreateSchemeAsync(PointsScheme scheme, params (string Code, int Points, int? Max, string? Item)[] rules)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
        scheme.Code = "T" + Unique.Digits(8);
        scheme.CreatedAt = DateTimeOffset.UtcNow;
        db.Schemes.Add(scheme);
        await db.SaveChangesAsync();
        db.PointRules.AddRange(rules.Select(r => new PointRule
        {
            SchemeId = scheme.Id, Code = r.Code, Name = r.Code, Category = "测试", Points = r.Points, MaxTimesPerYear = r.Max,
            Source = r.Item is null ? PointRuleSource.Manual : PointRuleSource.CreditRecord, ItemCode = r.Item,
        }));
        await db.SaveChangesAsync();
        return scheme.Code;
    }

    private static async Task<string> AddMemberAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument page, string memberCode, string group, string joined)
    {
        using var added = await HtmlPages.PostFormAsync(client, page, "#add-member", new() { ["memberCode"] = memberCode, ["group"] = group, ["joinedOn"] = joined });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var location = HtmlPages.Location(added);
        Assert.Contains("/members/", location, StringComparison.Ordinal);
        return location;
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument page, byte[] bytes)
    {
        var form = page.QuerySelector("#import")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(page)), HtmlPages.AntiforgeryField },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "events.csv");
        return await client.PostAsync(form.GetAttribute("action"), content);
    }

    /// <summary>Follows the post-redirect-get and returns the alerts of the page it lands on.</summary>
    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = await HtmlPages.GetAsync(client, HtmlPages.Location(response));
            return string.Join(" | ", page.QuerySelectorAll(".alert").Select(e => e.TextContent.Trim()));
        }
    }

    private static List<(int Rank, string Name, int Points, string Band)> Ranking(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#ranking tbody tr")
            .Select(r => (int.Parse(r.Children[0].TextContent.Trim(), CultureInfo.InvariantCulture), r.Children[1].TextContent.Trim(), int.Parse(r.Children[4].TextContent.Trim(), CultureInfo.InvariantCulture), r.Children[5].TextContent.Trim()))
            .ToList();
}
