using Huzhou.Credit.Catalogue.Areas.Catalogue.Models;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.UnitTests.Catalogue;

public sealed class ItemFormValidatorTests
{
    private static List<string> Errors(Action<ItemForm> change)
    {
        var form = ItemForm.ToForm(StandardItems.Penalty());
        change(form);
        return new ItemFormValidator().Validate(form).Errors.Select(e => e.ErrorMessage).ToList();
    }

    [Fact]
    public void Duplicate_field_keys_are_refused() =>
        Assert.Contains("字段键“处罚类别”重复。", Errors(f => f.Fields[^1] = new FieldForm { Key = "处罚类别", Label = "重复" }));

    [Fact]
    public void Key_fields_must_be_field_keys() =>
        Assert.Contains("“决定日期”不是本信息项的字段键。", Errors(f => f.DecisionDateField = "决定日期"));

    [Fact]
    public void Enum_field_needs_options() =>
        Assert.Contains("枚举和多选代码字段须填写可选值。", Errors(f => f.Fields[^1] = new FieldForm { Key = "新", Label = "新", Type = FieldType.Enum }));

    [Fact]
    public void Options_must_be_code_equals_label() =>
        Assert.Contains("可选值应写作“01=自然人；02=法人”。", Errors(f => f.Fields[^1] = new FieldForm { Key = "新", Label = "新", Type = FieldType.Enum, Options = "01 自然人" }));

    [Fact]
    public void Max_length_must_be_positive() =>
        Assert.Contains("最大长度必须大于 0。", Errors(f => f.Fields[0].MaxLength = 0));

    [Fact]
    public void Pattern_must_compile() =>
        Assert.Contains("格式（正则表达式）无法解析。", Errors(f => f.Fields[0].Pattern = "([0-9]"));

    [Fact]
    public void Fixed_period_needs_months() =>
        Assert.Contains("固定期限公示须填写公示月数。", Errors(f => { f.PublicityRule = PublicityRuleKind.FixedPeriod; f.PublicityMonths = null; }));

    [Fact]
    public void Decision_date_field_is_required() =>
        Assert.Contains("请指定决定日期字段。", Errors(f => f.DecisionDateField = ""));

    [Fact]
    public void Seeded_penalty_item_form_is_valid() => Assert.Empty(Errors(_ => { }));

    [Fact]
    public void Options_parse_with_full_width_separators()
    {
        var options = new FieldForm { Options = "01=自然人；02＝法人;03=非法人组织" }.ParseOptions();

        Assert.Equal([new FieldOption("01", "自然人"), new FieldOption("02", "法人"), new FieldOption("03", "非法人组织")], options);
    }
}
