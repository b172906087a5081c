using System.Text.RegularExpressions;
using FluentValidation;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

/// <summary>Checks the item form; messages in Chinese, keyed to the inputs they concern.</summary>
internal sealed class ItemFormValidator : AbstractValidator<ItemForm>
{
    public ItemFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写目录代码。")
            .Matches("^[A-Z][A-Z0-9_]{1,31}$").WithMessage("目录代码只能使用大写字母、数字和下划线，以字母开头，2-32 位。");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写信息项名称。").MaximumLength(100).WithMessage("名称不能超过 100 个字。");
        RuleFor(f => f.Section).IsInEnum().WithMessage("请选择档案栏目。");
        RuleFor(f => f.Nature).IsInEnum().WithMessage("请选择信息性质。");
        RuleFor(f => f.Disclosure).IsInEnum().WithMessage("请选择公开方式。");
        RuleFor(f => f.PublicityRule).IsInEnum().WithMessage("请选择公示规则。");
        RuleFor(f => f.SubjectKinds).NotEmpty().WithMessage("请至少选择一类主体。");
        RuleFor(f => f.ProviderDepartments).Must(d => ItemForm.Split(d).Count > 0).WithMessage("请填写至少一个报送部门代码。")
            .Must(d => ItemForm.Split(d).All(c => Regex.IsMatch(c, "^[A-Z0-9]{1,8}-[A-Z0-9]{1,12}$")))
            .WithMessage("部门代码格式应如 HZ-SJJ，多个代码用逗号或顿号分隔。");
        RuleFor(f => f.PublicityMonths).NotNull().When(f => f.PublicityRule == PublicityRuleKind.FixedPeriod).WithMessage("固定期限公示须填写公示月数。");
        RuleFor(f => f.PublicityMonths).InclusiveBetween(1, 600).When(f => f.PublicityMonths is not null).WithMessage("公示月数应在 1 到 600 之间。");
        RuleFor(f => f.UpdateFrequency).NotEmpty().WithMessage("请填写更新频率（如 实时、每日、每月）。").MaximumLength(20).WithMessage("更新频率不能超过 20 个字。");
        RuleFor(f => f.ChangeNote).MaximumLength(500).WithMessage("变更说明不能超过 500 个字。");

        RuleFor(f => f.Fields).Must(fields => fields.Any(x => !x.IsBlank)).WithMessage("请至少定义一个字段。");
        RuleForEach(f => f.Fields).ChildRules(field =>
        {
            field.When(x => !x.IsBlank, () =>
            {
                field.RuleFor(x => x.Key).NotEmpty().WithMessage("请填写字段键。").MaximumLength(50).WithMessage("字段键不能超过 50 个字。");
                field.RuleFor(x => x.Label).NotEmpty().WithMessage("请填写中文名称。").MaximumLength(50).WithMessage("中文名称不能超过 50 个字。");
                field.RuleFor(x => x.Type).IsInEnum().WithMessage("请选择字段类型。");
                field.RuleFor(x => x.MaxLength).GreaterThan(0).When(x => x.MaxLength is not null).WithMessage("最大长度必须大于 0。");
                field.RuleFor(x => x.Maximum).GreaterThanOrEqualTo(x => x.Minimum!.Value).When(x => x.Minimum is not null && x.Maximum is not null)
                    .WithMessage("数值上限不能小于下限。");
                field.RuleFor(x => x.Unit).MaximumLength(10).WithMessage("单位不能超过 10 个字。")
                    .Must(u => u is null || !u.Trim().Any(c => c < '\u0080')).WithMessage("单位请写中文计量单位，如 万元、元、小时。");
                field.RuleFor(x => x.Pattern).Must(BeAValidPattern).When(x => !string.IsNullOrEmpty(x.Pattern)).WithMessage("格式（正则表达式）无法解析。");
                field.RuleFor(x => x.Options).Must(o => o is null || new FieldForm { Options = o }.ParseOptions() is not null)
                    .WithMessage("可选值应写作“01=自然人；02=法人”。");
                field.RuleFor(x => x.Options).Must(o => new FieldForm { Options = o }.ParseOptions() is { Count: > 0 })
                    .When(x => x.Type is FieldType.Enum or FieldType.CodeList).WithMessage("枚举和多选代码字段须填写可选值。");
                field.RuleFor(x => x.Options).Must(o => new FieldForm { Options = o }.ParseOptions() is not { } list || list.Select(v => v.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Count)
                    .WithMessage("可选值的代码不能重复。");
            });
        });
        RuleFor(f => f.Fields).Custom((fields, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++)
            {
                var key = fields[i].Key?.Trim();
                if (!fields[i].IsBlank && !string.IsNullOrEmpty(key) && !seen.Add(key))
                {
                    context.AddFailure($"Fields[{i}].Key", $"字段键“{key}”重复。");
                }
            }
        });

        RuleFor(f => f.SubjectNameField).NotEmpty().WithMessage("请指定主体名称字段。").Must(ExistIn).WithMessage(NotAFieldKey);
        RuleFor(f => f.SourceKeyField).NotEmpty().WithMessage("请指定记录标识字段。").Must(ExistIn).WithMessage(NotAFieldKey);
        RuleFor(f => f.DecisionDateField).NotEmpty().WithMessage("请指定决定日期字段。").Must(ExistIn).WithMessage(NotAFieldKey)
            .Must((form, key) => form.FilledFields.Any(x => x.Key?.Trim() == key?.Trim() && x.Type == FieldType.Date)).When(f => !string.IsNullOrEmpty(f.DecisionDateField), ApplyConditionTo.CurrentValidator).WithMessage("决定日期字段必须是日期类型。");
        RuleFor(f => f.SubjectCodeField).Must(ExistIn).When(f => !string.IsNullOrEmpty(f.SubjectCodeField)).WithMessage(NotAFieldKey)
            .Must((form, key) => form.FilledFields.Any(x => x.Key?.Trim() == key?.Trim() && x.Type == FieldType.Uscc)).When(f => !string.IsNullOrEmpty(f.SubjectCodeField)).WithMessage("主体代码字段必须是统一社会信用代码类型。");
        RuleFor(f => f.SubjectIdNumberField).Must(ExistIn).When(f => !string.IsNullOrEmpty(f.SubjectIdNumberField)).WithMessage(NotAFieldKey)
            .Must((form, key) => form.FilledFields.Any(x => x.Key?.Trim() == key?.Trim() && x.Type == FieldType.IdNumber)).When(f => !string.IsNullOrEmpty(f.SubjectIdNumberField)).WithMessage("身份证号码字段必须是身份证号码类型。");
        RuleFor(f => f).Must(f => !string.IsNullOrEmpty(f.SubjectCodeField) || !string.IsNullOrEmpty(f.SubjectIdNumberField))
            .WithName(nameof(ItemForm.SubjectCodeField)).OverridePropertyName(nameof(ItemForm.SubjectCodeField))
            .WithMessage("请至少指定主体代码字段或身份证号码字段之一。");
    }

    private static string NotAFieldKey(ItemForm form, string? key) => $"“{key}”不是本信息项的字段键。";

    private static bool ExistIn(ItemForm form, string? key) =>
        string.IsNullOrEmpty(key) || form.FilledFields.Any(f => string.Equals(f.Key?.Trim(), key.Trim(), StringComparison.Ordinal));

    private static bool BeAValidPattern(string? pattern)
    {
        try
        {
            _ = new Regex(pattern!, RegexOptions.None, TimeSpan.FromMilliseconds(200));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
