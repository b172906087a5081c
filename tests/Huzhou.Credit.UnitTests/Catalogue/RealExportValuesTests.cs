using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.UnitTests.Catalogue;

/// <summary>Values the way real department exports write them (issue #22): synonyms, units, ranges, 长期, check warnings.</summary>
public sealed class RealExportValuesTests
{
    private static readonly string Company = UnifiedSocialCreditCode.Compose("91", "330502", "MA2B3C4D").Value;
    private static readonly string Foundation = UnifiedSocialCreditCode.Compose("53", "330500", "50123456").Value;
    private static readonly string Partnership = UnifiedSocialCreditCode.Compose("31", "330500", "31234567").Value;
    private static readonly string Trader = UnifiedSocialCreditCode.Compose("92", "330521", "MA3C4D5E").Value;

    /// <summary>The standard penalty item with the seeded synonyms merged in, as the catalogue cache serves it.</summary>
    private static CatalogueItemVersion Penalty()
    {
        var item = StandardItems.Penalty();
        var synonyms = StandardSynonyms.All().Where(s => s.Item == "XZCF").ToLookup(s => s.Field);
        return item with
        {
            Fields = item.Fields.Select(f =>
            {
                if (!synonyms.Contains(f.Key))
                {
                    return f;
                }

                var own = synonyms[f.Key].ToList();
                var options = f.Options.Select(o => o with { Synonyms = own.Where(s => s.Code == o.Code).Select(s => s.Text).ToArray() }).ToList();
                var byCode = own.Where(s => s.Code == FieldOption.ByCreditCode).Select(s => s.Text).ToArray();
                if (byCode.Length > 0)
                {
                    options.Add(new FieldOption(FieldOption.ByCreditCode, "按统一社会信用代码判定", byCode));
                }

                return f with { Options = options };
            }).ToArray(),
        };
    }

    private static (RowValidator Validator, RowValidationResult Result) Validate(Action<Dictionary<string, string?>> change)
    {
        var validator = new RowValidator(Penalty(), TimeProvider.System);
        var row = RowValidatorTests.PenaltyRow();
        change(row);
        return (validator, validator.Validate(row));
    }

    [Theory]
    [InlineData("法人及非法人组织", "91", "02")]
    [InlineData("法人和其他组织", "53", "02")]
    [InlineData(" 法人及非法人组织 ", "31", "03")]
    [InlineData("法人及非法人组织", "92", "04")]
    public void The_current_standards_category_is_stored_as_the_four_value_code_the_credit_code_implies(string delivered, string prefix, string stored)
    {
        var code = prefix switch { "91" => Company, "53" => Foundation, "31" => Partnership, _ => Trader };
        var (validator, result) = Validate(r => { r["行政相对人类别"] = delivered; r["行政相对人代码_1"] = code; });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(stored, result.Values["行政相对人类别"]);
        Assert.Equal(delivered.Trim(), validator.LastRow.SynonymText(validator.Item.IndexOfField("行政相对人类别")));
        var use = Assert.Single(validator.SynonymsUsed);
        Assert.Equal((delivered.Trim(), stored), (use.Delivered, use.Code));
    }

    [Fact]
    public void The_current_standards_category_without_a_credit_code_is_refused_with_the_reason()
    {
        var (_, result) = Validate(r => { r["行政相对人类别"] = "法人及非法人组织"; r["行政相对人代码_1"] = ""; });

        Assert.Contains(result.Errors, e => e.FieldKey == "行政相对人类别" && e.Message.Contains("据以区分法人与非法人组织", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("个人", "01")]
    [InlineData("其他组织", "03")]
    [InlineData("个体户", "04")]
    [InlineData("０２", "02")]
    [InlineData("2", "02")]
    [InlineData("02 法人", "02")]
    [InlineData("法人（02）", "02")]
    public void Categories_are_read_by_code_label_or_synonym_ignoring_width_spaces_and_leading_zeros(string delivered, string stored)
    {
        var (_, result) = Validate(r =>
        {
            r["行政相对人类别"] = delivered;
            r["证件号码"] = "11010519491231002X";
        });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(stored, result.Values["行政相对人类别"]);
    }

    [Theory]
    [InlineData("03 罚款", "03", false)]
    [InlineData("03-罚款、01警告", "03,01", false)]
    [InlineData("吊销营业执照", "08", true)]
    [InlineData("法律、行政法规规定的其他行政处罚", "99", true)]
    [InlineData("罚款；责令停产停业整顿", "03,10", true)]
    [InlineData("ＦＡ", null, false)]
    public void Penalty_kinds_are_read_with_and_without_their_codes_and_in_the_older_laws_wording(string delivered, string? stored, bool synonym)
    {
        var (validator, result) = Validate(r => r["处罚类别"] = delivered);

        Assert.Equal(stored, result.Values.GetValueOrDefault("处罚类别"));
        Assert.Equal(stored is null, result.Errors.Any(e => e.FieldKey == "处罚类别"));
        Assert.Equal(synonym, validator.LastRow.UsedSynonyms);
    }

    [Theory]
    [InlineData("普通程序", "02")]
    [InlineData("简易", "01")]
    [InlineData("一般程序", "02")]
    public void Procedures_accept_the_general_procedures_other_name(string delivered, string stored)
    {
        var (_, result) = Validate(r => r["案件程序类别"] = delivered);

        Assert.Equal(stored, result.Values["案件程序类别"]);
    }

    [Theory]
    [InlineData("2万元", "2")]
    [InlineData("2.5 万元", "2.5")]
    [InlineData("１２", "12")]
    [InlineData("0", "0")]
    public void Amounts_with_the_columns_own_unit_are_read_as_the_number(string delivered, string stored)
    {
        var (_, result) = Validate(r => r["罚款金额（万元）"] = delivered);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(stored, result.Values["罚款金额（万元）"]);
    }

    [Theory]
    [InlineData("20000元", "本列以万元为单位")]
    [InlineData("-2", "不能为负数")]
    [InlineData("-2万元", "不能为负数")]
    [InlineData("2万", "本列以万元为单位")]
    [InlineData("两万元", "不是有效数值")]
    [InlineData("2 USD", "不是有效数值")]
    public void Negative_amounts_and_other_units_are_refused_with_the_reason(string delivered, string reason)
    {
        var (_, result) = Validate(r => r["罚款金额（万元）"] = delivered);

        var error = Assert.Single(result.Errors);
        Assert.Equal("罚款金额（万元）", error.FieldKey);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_limits_a_score()
    {
        var field = new CatalogueField("评价分值", "评价分值", FieldType.Decimal, true, null, null, [], false, true, 0, 1000, "分");
        var item = StandardItems.Penalty() with { Fields = [.. StandardItems.Penalty().Fields, field] };
        var validator = new RowValidator(item, TimeProvider.System);
        var row = RowValidatorTests.PenaltyRow();

        row["评价分值"] = "1000.5";
        Assert.Contains("不能大于 1000", Assert.Single(validator.Validate(row).Errors).Message, StringComparison.Ordinal);
        row["评价分值"] = "860分";
        Assert.Equal("860", validator.Validate(row).Values["评价分值"]);
    }

    [Theory]
    [InlineData("长期")]
    [InlineData("永久")]
    [InlineData(" 长期有效 ")]
    [InlineData("无固定期限")]
    public void Open_ended_validity_columns_accept_no_end(string delivered)
    {
        var (_, result) = Validate(r => r["处罚有效期"] = delivered);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(OpenEndedDate.Value, result.Values["处罚有效期"]);
    }

    [Fact]
    public void A_decision_date_is_never_open_ended()
    {
        var (_, result) = Validate(r => r["处罚决定日期"] = "长期");

        Assert.Contains(result.Errors, e => e.FieldKey == "处罚决定日期" && e.Message == "处罚决定日期须填写具体日期，不接受“长期”");
    }

    [Fact]
    public void A_subject_code_failing_its_check_character_is_accepted_with_a_warning()
    {
        var wrong = Company[..17] + (Company[17] == '0' ? '1' : '0');
        var (validator, result) = Validate(r => r["行政相对人代码_1"] = wrong);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(wrong, result.Values["行政相对人代码_1"]);
        Assert.Contains("待核实", validator.LastRow.CheckWarning, StringComparison.Ordinal);

        // The next row starts clean.
        validator.Validate(RowValidatorTests.PenaltyRow());
        Assert.Null(validator.LastRow.CheckWarning);
    }

    [Fact]
    public void A_person_id_failing_its_check_digit_is_accepted_with_a_warning_that_does_not_repeat_it()
    {
        var (validator, result) = Validate(r =>
        {
            r["行政相对人类别"] = "自然人";
            r["行政相对人代码_1"] = "";
            r["证件号码"] = "110105194912310021";
        });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.DoesNotContain("110105194912310021", validator.LastRow.CheckWarning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91330502MA2B3C4D1")]
    [InlineData("00330502MA2B3C4D0X")]
    [InlineData("91330502MA2B3C4DIO")]
    public void Codes_of_wrong_length_prefix_or_alphabet_stay_refused(string code)
    {
        var (_, result) = Validate(r => r["行政相对人代码_1"] = code);

        Assert.Contains(result.Errors, e => e.FieldKey == "行政相对人代码_1" && e.Message.Contains("无效", StringComparison.Ordinal));
    }

    [Fact]
    public void An_authoritys_code_failing_its_check_character_is_still_refused()
    {
        var wrong = Company[..17] + (Company[17] == '0' ? '1' : '0');
        var (_, result) = Validate(r => r["处罚机关统一社会信用代码"] = wrong);

        Assert.Contains(result.Errors, e => e.FieldKey == "处罚机关统一社会信用代码" && e.Message.Contains("校验位不符", StringComparison.Ordinal));
    }

    [Fact]
    public void Synonym_counts_are_bounded_by_the_synonyms_not_by_the_spellings()
    {
        var validator = new RowValidator(Penalty(), TimeProvider.System);
        foreach (var spelling in new[] { "法人及非法人组织", " 法人及非法人组织", "法人及非法人组织　", "法人 及 非法人组织" })
        {
            var row = RowValidatorTests.PenaltyRow();
            row["行政相对人类别"] = spelling;
            Assert.True(validator.Validate(row).IsValid);
        }

        var use = Assert.Single(validator.SynonymsUsed);
        Assert.Equal(4, use.Rows);
    }
    [Fact]
    public void A_resident_id_in_the_credit_code_column_is_refused_without_repeating_it()
    {
        var (_, result) = Validate(r => r["行政相对人代码_1"] = "330502199001011236");

        var error = Assert.Single(result.Errors, e => e.FieldKey == "行政相对人代码_1");
        Assert.Contains("公民身份号码", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("330502199001011236", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_text_are_refused_and_never_quoted()
    {
        var (_, result) = Validate(r => { r["违法事实"] = "虚假\0宣传"; r["处罚决定日期"] = "2024-03-0\u0001"; });

        Assert.Contains(result.Errors, e => e.FieldKey == "违法事实" && e.Message.Contains("控制字符", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Message.Any(c => c < ' '));
    }

    [Fact]
    public void Bidi_override_in_a_name_is_refused_so_a_name_cannot_read_differently_from_what_is_stored()
    {
        var (_, result) = Validate(r => r["行政相对人名称"] = "湖州\u202E司公限有贸商");

        var error = Assert.Single(result.Errors, e => e.FieldKey == "行政相对人名称");
        Assert.Contains("文字方向控制字符", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', error.Message);
    }

    [Fact]
    public void The_delivered_text_kept_for_a_synonym_is_short()
    {
        var padded = "法人及非法人组织" + new string(' ', 50_000);
        var (validator, result) = Validate(r => r["行政相对人类别"] = "  法人及  非法人组织" + padded[8..]);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.True(validator.LastRow.SynonymText(validator.Item.IndexOfField("行政相对人类别"))!.Length <= 101);
    }
}
