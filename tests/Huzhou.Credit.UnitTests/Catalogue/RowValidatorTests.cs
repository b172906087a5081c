using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.UnitTests.Catalogue;

public sealed class RowValidatorTests
{
    private static readonly string ValidUscc = UnifiedSocialCreditCode.Compose("91", "330502", "MA2B3C4D").Value;
    private static readonly FieldOption[] Kinds = [new("01", "自然人"), new("02", "法人")];

    private static CatalogueField Field(string key, FieldType type, bool required = false, int? max = null, string? pattern = null, FieldOption[]? options = null) =>
        new(key, key, type, required, max, pattern, options ?? [], false, true);

    private static RowValidator Validator(params CatalogueField[] fields) =>
        new(new CatalogueItemVersion("T", "测试", 1, DossierSection.Other, InformationNature.Neutral, [SubjectKind.Enterprise], ["HZ-SJJ"],
            Disclosure.Public, PublicityRuleKind.Indefinite, null, "每日", new RecordKeyFields(fields[0].Key, null, null, fields[0].Key, fields[0].Key), fields, false), TimeProvider.System);

    private static RowValidationResult One(CatalogueField field, string? value) =>
        Validator(field).Validate(new Dictionary<string, string?> { [field.Key] = value });

    [Fact]
    public void A_refused_personal_value_is_quoted_masked_in_the_reason()
    {
        // Reasons are stored with the rejected row and shown on the batch page (ADR 0015): never the clear value.
        var field = new CatalogueField("法定代表人证件号码", "法定代表人证件号码", FieldType.Text, false, 64, "^[A-Z0-9]+$", [], IsPersonalData: true, IsPublic: false);

        var result = One(field, "33050219850314001x");

        Assert.False(result.IsValid);
        Assert.DoesNotContain("33050219850314001x", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("格式不正确", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2024/2/29")]
    [InlineData("2024.2.29")]
    [InlineData("20240229")]
    [InlineData("2024年2月29日")]
    [InlineData(" 2024-02-29 00:00:00 ")]
    public void Dates_in_every_accepted_form_normalise_to_iso(string input)
    {
        var result = One(Field("处罚决定日期", FieldType.Date), input);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal("2024-02-29", result.Values["处罚决定日期"]);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("20240230")]
    [InlineData("2024年2月30日")]
    [InlineData("2024年2月3")]
    [InlineData("昨天")]
    [InlineData("24-2-3")]
    public void Impossible_or_malformed_dates_are_rejected_naming_the_field(string input)
    {
        var result = One(Field("处罚决定日期", FieldType.Date), input);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"处罚决定日期“{input.Trim()}”不是有效日期", error.Message);
        Assert.False(result.Values.ContainsKey("处罚决定日期"));
    }

    [Theory]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("0.5", "0.5")]
    [InlineData("12", "12")]
    [InlineData("-3.25", "-3.25")]
    public void Decimals_accept_thousands_separators_and_normalise_invariant(string input, string expected)
    {
        var result = One(Field("罚款金额（万元）", FieldType.Decimal), input);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Values["罚款金额（万元）"]);
    }

    [Theory]
    [InlineData("1,2")]
    [InlineData("12,34.5")]
    [InlineData("1.234,5")]
    [InlineData("五万")]
    [InlineData("1.2.3")]
    public void Malformed_decimals_are_rejected(string input)
    {
        var result = One(Field("罚款金额（万元）", FieldType.Decimal), input);

        Assert.Contains("不是有效数值", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01", "01")]
    [InlineData("自然人", "01")]
    [InlineData("法人", "02")]
    public void Enum_accepts_code_or_label_and_normalises_to_the_code(string input, string expected)
    {
        var result = One(Field("行政相对人类别", FieldType.Enum, options: Kinds), input);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Values["行政相对人类别"]);
    }

    [Fact]
    public void Enum_value_outside_the_options_is_rejected_listing_them()
    {
        var result = One(Field("行政相对人类别", FieldType.Enum, options: Kinds), "05");

        var message = Assert.Single(result.Errors).Message;
        Assert.Contains("行政相对人类别“05”不是有效值", message, StringComparison.Ordinal);
        Assert.Contains("01 自然人", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_list_accepts_codes_and_labels_with_any_separator()
    {
        var result = One(Field("处罚类别", FieldType.CodeList, options: StandardItems.PenaltyKinds), "警告、罚款;04，没收非法财物");

        Assert.True(result.IsValid);
        Assert.Equal("01,03,04,05", result.Values["处罚类别"]);
    }

    [Fact]
    public void Code_list_with_an_unknown_value_is_rejected()
    {
        var result = One(Field("处罚类别", FieldType.CodeList, options: StandardItems.PenaltyKinds), "罚款、打板子");

        Assert.Contains("“打板子”不是有效值", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_longer_than_the_maximum_is_rejected()
    {
        Assert.True(One(Field("备注", FieldType.Text, max: 3), "一二三").IsValid);
        Assert.Contains("不能超过 3 个字", Assert.Single(One(Field("备注", FieldType.Text, max: 3), "一二三四").Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_must_match_the_pattern()
    {
        var field = Field("评价年度", FieldType.Text, pattern: "^[0-9]{4}$");

        Assert.True(One(field, "2024").IsValid);
        Assert.Equal("评价年度“24年”格式不正确", Assert.Single(One(field, "24年").Errors).Message);
    }

    [Fact]
    public void Required_field_left_empty_is_reported()
    {
        var result = One(Field("行政相对人名称", FieldType.Text, required: true), "  ");

        Assert.Equal("行政相对人名称不能为空", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Optional_field_left_empty_is_fine_and_absent_from_the_values()
    {
        var result = One(Field("备注", FieldType.Text), null);

        Assert.True(result.IsValid);
        Assert.Empty(result.Values);
    }

    [Fact]
    public void Valid_credit_code_is_normalised_to_upper_case()
    {
        var result = One(Field("统一社会信用代码", FieldType.Uscc), ValidUscc.ToLowerInvariant());

        Assert.True(result.IsValid);
        Assert.Equal(ValidUscc, result.Values["统一社会信用代码"]);
    }

    [Fact]
    public void Credit_code_with_a_wrong_check_character_is_rejected()
    {
        var wrong = ValidUscc[..17] + (ValidUscc[17] == '0' ? '1' : '0');

        var result = One(Field("统一社会信用代码", FieldType.Uscc), wrong);

        Assert.Contains("校验位不符", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credit_code_of_the_wrong_length_is_rejected()
    {
        var result = One(Field("统一社会信用代码", FieldType.Uscc), "91330502MA2B3C4");

        Assert.Contains("应为18位", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_number_is_accepted_and_a_lower_case_x_normalised()
    {
        var result = One(Field("证件号码", FieldType.IdNumber), "11010519491231002x");

        Assert.True(result.IsValid);
        Assert.Equal("11010519491231002X", result.Values["证件号码"]);
    }

    [Fact]
    public void Id_number_with_a_wrong_check_character_is_rejected_without_repeating_the_number()
    {
        var result = One(Field("证件号码", FieldType.IdNumber), "110105194912310021");

        var message = Assert.Single(result.Errors).Message;
        Assert.Contains("校验码不符", message, StringComparison.Ordinal);
        Assert.DoesNotContain("110105194912310021", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_number_with_an_impossible_birth_date_is_rejected()
    {
        Assert.False(One(Field("证件号码", FieldType.IdNumber), "110105194902300021").IsValid);
    }

    [Fact]
    public void Penalty_row_of_a_natural_person_needs_the_id_number()
    {
        var validator = new RowValidator(StandardItems.Penalty(), TimeProvider.System);
        var row = PenaltyRow();
        row["行政相对人类别"] = "01";
        row["行政相对人代码_1"] = null;

        var result = validator.Validate(row);

        Assert.Equal("行政相对人为自然人时，证件号码不能为空", Assert.Single(result.Errors).Message);

        row["证件号码"] = "11010519491231002X";
        Assert.True(validator.Validate(row).IsValid);
    }

    [Fact]
    public void Penalty_row_of_a_company_needs_the_credit_code()
    {
        var validator = new RowValidator(StandardItems.Penalty(), TimeProvider.System);
        var row = PenaltyRow();
        row["行政相对人代码_1"] = "";

        var result = validator.Validate(row);

        var error = Assert.Single(result.Errors);
        Assert.Equal("行政相对人代码_1", error.FieldKey);
        Assert.Contains("行政相对人代码_1（统一社会信用代码）不能为空", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_standard_penalty_row_is_valid_and_normalised()
    {
        var result = new RowValidator(StandardItems.Penalty(), TimeProvider.System).Validate(PenaltyRow());

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal("2024-03-05", result.Values["处罚决定日期"]);
        Assert.Equal("01,03", result.Values["处罚类别"]);
        Assert.Equal("02", result.Values["行政相对人类别"]);
    }

    internal static Dictionary<string, string?> PenaltyRow() => new()
    {
        ["行政相对人名称"] = "湖州某某科技有限公司",
        ["行政相对人类别"] = "法人",
        ["行政相对人代码_1"] = ValidUscc,
        ["法定代表人"] = "张三",
        ["行政处罚决定书文号"] = "湖市监处罚〔2024〕1号",
        ["违法行为类型"] = "虚假宣传",
        ["违法事实"] = "在网店发布虚假宣传。",
        ["处罚依据"] = "《中华人民共和国反不正当竞争法》第二十条",
        ["处罚类别"] = "警告、罚款",
        ["处罚内容"] = "警告并罚款 2 万元",
        ["罚款金额（万元）"] = "2",
        ["处罚决定日期"] = "2024/3/5",
        ["处罚机关"] = "湖州市市场监督管理局",
        ["处罚机关统一社会信用代码"] = ValidUscc,
        ["数据来源单位"] = "湖州市市场监督管理局",
        ["数据来源单位统一社会信用代码"] = ValidUscc,
    };
}
