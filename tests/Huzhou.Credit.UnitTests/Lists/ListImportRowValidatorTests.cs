using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.Lists.Seed;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.UnitTests.Identifiers;

namespace Huzhou.Credit.UnitTests.Lists;

/// <summary>The checks of one row of a platform list file that need no database.</summary>
public sealed class ListImportRowValidatorTests
{
    // 2026-11-27 10:00 in Shanghai.
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    private static readonly string Uscc = UnifiedSocialCreditCode.Compose("91", "330502", "31415926").Value;

    private static readonly ListImportRowValidator Validator = new(StandardListTypes.All, Clock);

    [Fact]
    public void A_complete_row_is_accepted_with_the_list_types_defaults()
    {
        var (candidate, issues) = Validator.Validate(Row());

        Assert.Empty(issues);
        Assert.NotNull(candidate);
        Assert.Equal("SXBZXR", candidate.Type.Code);
        Assert.Equal(Uscc, candidate.SubjectCode);
        Assert.Equal(new DateOnly(2026, 11, 2), candidate.EffectiveFrom);
        Assert.Null(candidate.ExpiresOn); // 失信被执行人: the court's expiry only; without one, until the court removes it
        Assert.Contains("法释〔2017〕7号", candidate.Basis, StringComparison.Ordinal); // the type's legal basis
        Assert.Equal("经湖州市吴兴区人民法院认定（（2026）浙0502执1234号），列入失信被执行人。", candidate.Reason);
    }

    [Theory]
    [InlineData("SXBZXR")]
    [InlineData("sxbzxr")]
    [InlineData("失信被执行人")]
    [InlineData(" 失信被执行人 ")]
    public void The_list_type_is_found_by_code_or_by_name(string type)
    {
        var (candidate, issues) = Validator.Validate(Row(type: type));

        Assert.Empty(issues);
        Assert.Equal("SXBZXR", candidate!.Type.Code);
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_with_its_column()
    {
        var (candidate, issues) = Validator.Validate(Row(type: "老赖名单", code: "91330502MA2B3C4D5", document: "", decided: "2026-12-01", effective: "2026/13/01"));

        Assert.Null(candidate);
        Assert.Contains(issues, i => i.Column == ImportColumn.ListType && i.Reason.Contains("名单类型“老赖名单”不存在", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Column == ImportColumn.SubjectCode && i.Reason.Contains("不是有效的统一社会信用代码或身份证号码", StringComparison.Ordinal) && i.Reason.Contains("18位", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Column == ImportColumn.DocumentNumber && i.Reason == "认定文书号不能为空。");
        Assert.Contains(issues, i => i.Column == ImportColumn.DecisionDate && i.Reason.Contains("晚于今天", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Column == ImportColumn.EffectiveFrom && i.Reason.Contains("不是有效日期", StringComparison.Ordinal));
        Assert.Equal(5, issues.Count);
    }

    [Fact]
    public void A_bad_ID_number_is_explained_without_showing_it_whole()
    {
        var id = ResidentIdNumber.Compose("330502", new DateOnly(1985, 3, 14), 123).Value;
        var wrongProvince = "99" + id[2..];

        var (_, issues) = Validator.Validate(Row(code: wrongProvince));

        var issue = Assert.Single(issues);
        Assert.Equal(ImportColumn.SubjectCode, issue.Column);
        Assert.Contains("省级行政区划代码", issue.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongProvince, issue.Reason, StringComparison.Ordinal);
        Assert.Contains(Masking.IdNumber(wrongProvince), issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_ID_number_passes_and_the_registry_decides_the_rest()
    {
        var id = ResidentIdNumber.Compose("330502", new DateOnly(1985, 3, 14), 123).Value;

        var (candidate, issues) = Validator.Validate(Row(code: id, name: "沈建国"));

        Assert.Empty(issues);
        Assert.Equal(id, candidate!.SubjectCode);
    }

    [Theory]
    [InlineData("2026-11-05", "2026-11-04", "列入日期 2026-11-04 早于认定日期 2026-11-05")]
    [InlineData("2026-11-01", "2026-11-28", "列入日期 2026-11-28 晚于今天")]
    public void Dates_must_be_in_order_and_not_in_the_future(string decided, string effective, string expected)
    {
        var (candidate, issues) = Validator.Validate(Row(decided: decided, effective: effective));

        Assert.Null(candidate);
        Assert.Contains(issues, i => i.Column == ImportColumn.EffectiveFrom && i.Reason.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_expiry_must_follow_the_effective_date_and_not_have_passed()
    {
        var (_, before) = Validator.Validate(Row(expires: "2026-11-02"));
        // A list with a validity of its own (重大税收违法失信主体: 36 months) whose default period has passed.
        var (_, passed) = Validator.Validate(Row(type: "ZDSSWF", decided: "2022-03-01", effective: "2022-03-01"));
        // 失信被执行人 has no computed period: without the court's expiry the row is in force until the court removes it.
        var (courtOpen, courtIssues) = Validator.Validate(Row(decided: "2023-03-01", effective: "2023-03-01"));
        var (explicitFuture, none) = Validator.Validate(Row(expires: "2029年6月30日"));

        Assert.Contains(before, i => i.Column == ImportColumn.ExpiresOn && i.Reason.Contains("应晚于列入日期", StringComparison.Ordinal));
        Assert.Contains(passed, i => i.Column == ImportColumn.EffectiveFrom && i.Reason.Contains("已于 2025-03-01 届满", StringComparison.Ordinal));
        Assert.Empty(none);
        Assert.Equal(new DateOnly(2029, 6, 30), explicitFuture!.ExpiresOn);
        Assert.Empty(courtIssues);
        Assert.Null(courtOpen!.ExpiresOn);
    }

    [Fact]
    public void Lengths_beyond_the_columns_limits_are_refused()
    {
        var (_, issues) = Validator.Validate(Row(name: new string('湖', 201), document: new string('号', 101)));

        Assert.Contains(issues, i => i.Column == ImportColumn.SubjectName && i.Reason.Contains("超过200个字", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Column == ImportColumn.DocumentNumber && i.Reason.Contains("超过100个字", StringComparison.Ordinal));
    }

    [Fact]
    public void An_inactive_list_type_takes_no_new_entries()
    {
        var types = StandardListTypes.All.Select(t => new Huzhou.Credit.Lists.Domain.ListType { Code = t.Code, Name = t.Name, SubjectKinds = t.SubjectKinds, IsActive = t.Code != "SXBZXR" });

        var (_, issues) = new ListImportRowValidator(types, Clock).Validate(Row());

        Assert.Contains(issues, i => i.Column == ImportColumn.ListType && i.Reason.Contains("已停用", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_codes_that_are_or_try_to_be_ID_numbers_are_masked_in_reports()
    {
        var id = ResidentIdNumber.Compose("330502", new DateOnly(1985, 3, 14), 123).Value;
        var digitsOnlyCreditCode = Enumerable.Range(0, 1_000)
            .Select(i => UnifiedSocialCreditCode.Compose("91", "330502", i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)).Value)
            .First(c => c.All(char.IsAsciiDigit));

        Assert.Equal(Masking.IdNumber(id), ListImportRowValidator.ForReport(id));
        Assert.Equal(Masking.IdNumber("99" + id[2..]), ListImportRowValidator.ForReport("99" + id[2..]));
        Assert.Equal("91330502MA2B3C4D5", ListImportRowValidator.ForReport("91330502MA2B3C4D5"));
        Assert.Equal(digitsOnlyCreditCode, ListImportRowValidator.ForReport(digitsOnlyCreditCode));
    }

    [Theory]
    [InlineData("2026-11-05", 2026, 11, 5)]
    [InlineData("2026/11/5", 2026, 11, 5)]
    [InlineData("2026.11.05", 2026, 11, 5)]
    [InlineData("2026年11月5日", 2026, 11, 5)]
    [InlineData("20261105", 2026, 11, 5)]
    [InlineData("2026-11-05 00:00:00", 2026, 11, 5)]
    public void Dates_are_read_in_the_forms_platforms_and_Excel_write(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ListImportRowValidator.ParseDate(text));

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("11/05/2026")]
    [InlineData("下月")]
    public void Other_text_is_not_a_date(string text) => Assert.Null(ListImportRowValidator.ParseDate(text));

    [Fact]
    public void Headers_match_by_name_alias_or_name_with_a_note_and_the_rest_is_listed()
    {
        var (positions, missing, ignored) = ListImportColumns.Map(
            ["名单类别", "被执行人名称", "统一社会信用代码（身份证号码）", "执行案号", "执行法院", "作出决定日期", "列入 日期", "数据来源"]);

        Assert.Equal(0, positions[(int)ImportColumn.ListType]);
        Assert.Equal(1, positions[(int)ImportColumn.SubjectName]);
        Assert.Equal(2, positions[(int)ImportColumn.SubjectCode]);
        Assert.Equal(3, positions[(int)ImportColumn.DocumentNumber]);
        Assert.Equal(4, positions[(int)ImportColumn.DecidingAuthority]);
        Assert.Equal(5, positions[(int)ImportColumn.DecisionDate]);
        Assert.Equal(6, positions[(int)ImportColumn.EffectiveFrom]);
        Assert.Equal(-1, positions[(int)ImportColumn.ExpiresOn]);
        Assert.Empty(missing);
        Assert.Equal(["数据来源"], ignored);
    }

    [Fact]
    public void A_file_without_a_required_column_is_told_which()
    {
        var (_, missing, _) = ListImportColumns.Map(["名单类型", "主体名称", "统一社会信用代码", "认定机关", "认定日期"]);

        Assert.Equal(["认定文书号", "列入日期"], missing);
    }

    private static string[] Row(
        string type = "SXBZXR",
        string name = "湖州某某实业有限公司",
        string? code = null,
        string document = "（2026）浙0502执1234号",
        string authority = "湖州市吴兴区人民法院",
        string decided = "2026-10-30",
        string effective = "2026-11-02",
        string expires = "",
        string basis = "",
        string reason = "")
    {
        var cells = new string[ListImportColumns.All.Count];
        Array.Fill(cells, "");
        cells[(int)ImportColumn.ListType] = type;
        cells[(int)ImportColumn.SubjectName] = name;
        cells[(int)ImportColumn.SubjectCode] = code ?? Uscc;
        cells[(int)ImportColumn.DocumentNumber] = document;
        cells[(int)ImportColumn.DecidingAuthority] = authority;
        cells[(int)ImportColumn.DecisionDate] = decided;
        cells[(int)ImportColumn.EffectiveFrom] = effective;
        cells[(int)ImportColumn.ExpiresOn] = expires;
        cells[(int)ImportColumn.Basis] = basis;
        cells[(int)ImportColumn.Reason] = reason;
        return cells;
    }
}
