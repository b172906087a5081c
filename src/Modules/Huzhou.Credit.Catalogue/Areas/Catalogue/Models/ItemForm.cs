using System.Text.RegularExpressions;
using FluentValidation;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

/// <summary>The create / new-version form of a catalogue item, with its field table.</summary>
internal sealed class ItemForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public DossierSection Section { get; set; } = DossierSection.Other;

    public InformationNature Nature { get; set; } = InformationNature.Neutral;

    public List<SubjectKind> SubjectKinds { get; set; } = [];

    /// <summary>Department codes separated by commas, 、 or spaces.</summary>
    public string? ProviderDepartments { get; set; }

    public Disclosure Disclosure { get; set; } = Disclosure.Public;

    public PublicityRuleKind PublicityRule { get; set; } = PublicityRuleKind.FixedPeriod;

    public int? PublicityMonths { get; set; }

    public string? UpdateFrequency { get; set; }

    public string? SubjectNameField { get; set; }

    public string? SubjectCodeField { get; set; }

    public string? SubjectIdNumberField { get; set; }

    public string? SourceKeyField { get; set; }

    public string? DecisionDateField { get; set; }

    public string? ChangeNote { get; set; }

    public List<FieldForm> Fields { get; set; } = [];

    /// <summary>The rows a user filled in (blank rows of the editor are ignored).</summary>
    public IEnumerable<FieldForm> FilledFields => Fields.Where(f => !f.IsBlank);

    public IReadOnlyList<string> Departments() => Split(ProviderDepartments);

    /// <summary>The validated form as the editing feature's draft (its code and version number are set on saving).</summary>
    public ItemDraft ToDraft() => new(ToVersion(Code ?? "", 0), ChangeNote);

    /// <summary>Turns a validated form into a version record.</summary>
    private CatalogueItemVersion ToVersion(string code, int version)
    {
        static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var fields = FilledFields.Select(f => new CatalogueField(
            f.Key!.Trim(),
            f.Label!.Trim(),
            f.Type,
            f.Required,
            f.MaxLength,
            Blank(f.Pattern),
            f.Type is FieldType.Enum or FieldType.CodeList ? f.ParseOptions() ?? [] : [],
            f.IsPersonalData,
            f.IsPublic,
            f.Type == FieldType.Decimal ? f.Minimum : null,
            f.Type == FieldType.Decimal ? f.Maximum : null,
            f.Type == FieldType.Decimal ? Blank(f.Unit) : null,
            f.Type == FieldType.Date && f.OpenEnded)).ToArray();
        return new CatalogueItemVersion(
            code,
            Name!.Trim(),
            version,
            Section,
            Nature,
            SubjectKinds.Distinct().Order().ToArray(),
            Departments(),
            Disclosure,
            PublicityRule,
            PublicityRule == PublicityRuleKind.FixedPeriod ? PublicityMonths : null,
            UpdateFrequency!.Trim(),
            new RecordKeyFields(SubjectNameField!.Trim(), Blank(SubjectCodeField), Blank(SubjectIdNumberField), SourceKeyField!.Trim(), DecisionDateField!.Trim()),
            fields,
            false);
    }

    /// <summary>The form showing a version, with a few empty rows to add fields.</summary>
    public static ItemForm ToForm(CatalogueItemVersion v, int emptyRows = 3)
    {
        var form = new ItemForm
        {
            Code = v.ItemCode,
            Name = v.Name,
            Section = v.Section,
            Nature = v.Nature,
            SubjectKinds = v.SubjectKinds.ToList(),
            ProviderDepartments = string.Join(", ", v.ProviderDepartments),
            Disclosure = v.Disclosure,
            PublicityRule = v.PublicityRule,
            PublicityMonths = v.PublicityMonths,
            UpdateFrequency = v.UpdateFrequency,
            SubjectNameField = v.Keys.SubjectNameField,
            SubjectCodeField = v.Keys.SubjectCodeField,
            SubjectIdNumberField = v.Keys.SubjectIdNumberField,
            SourceKeyField = v.Keys.SourceKeyField,
            DecisionDateField = v.Keys.DecisionDateField,
            Fields = v.Fields.Select(f => new FieldForm
            {
                Key = f.Key,
                Label = f.Label,
                Type = f.Type,
                Required = f.Required,
                MaxLength = f.MaxLength,
                Pattern = f.Pattern,
                Options = f.Options.Count > 0 ? FieldForm.FormatOptions(f.Options.Where(o => o.Code != FieldOption.ByCreditCode).ToList()) : null,
                IsPersonalData = f.IsPersonalData,
                IsPublic = f.IsPublic,
                Minimum = f.Minimum,
                Maximum = f.Maximum,
                Unit = f.Unit,
                OpenEnded = f.OpenEnded,
            }).ToList(),
        };
        PadFields(form, emptyRows);
        return form;
    }

    /// <summary>Adds empty rows to the field table, up to <paramref name="emptyRows"/> blank ones.</summary>
    public static void PadFields(ItemForm form, int emptyRows = 3)
    {
        var blanks = form.Fields.Count(f => f.IsBlank);
        for (var i = blanks; i < emptyRows; i++)
        {
            form.Fields.Add(new FieldForm { IsPublic = true });
        }
    }

    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>One row of the field table editor.</summary>
internal sealed class FieldForm
{
    public string? Key { get; set; }

    public string? Label { get; set; }

    public FieldType Type { get; set; } = FieldType.Text;

    public bool Required { get; set; }

    public int? MaxLength { get; set; }

    public string? Pattern { get; set; }

    /// <summary>Options written as <c>01=自然人；02=法人</c>.</summary>
    public string? Options { get; set; }

    public bool IsPersonalData { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>Decimal fields: the smallest value allowed (money: 0).</summary>
    public decimal? Minimum { get; set; }

    /// <summary>Decimal fields: the largest value allowed.</summary>
    public decimal? Maximum { get; set; }

    /// <summary>Decimal fields: the column's unit (万元, 元, 小时 …).</summary>
    public string? Unit { get; set; }

    /// <summary>Date fields: may say 长期 (no end).</summary>
    public bool OpenEnded { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Label);

    /// <summary>Parses <see cref="Options"/>; null when a part is not <c>code=label</c>.</summary>
    public IReadOnlyList<FieldOption>? ParseOptions()
    {
        var result = new List<FieldOption>();
        foreach (var part in (Options ?? "").Split([';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOfAny(['=', '＝']);
            if (eq <= 0 || eq == part.Length - 1)
            {
                return null;
            }

            result.Add(new FieldOption(part[..eq].Trim(), part[(eq + 1)..].Trim()));
        }

        return result;
    }

    public static string FormatOptions(IReadOnlyList<FieldOption> options) => string.Join("；", options.Select(o => $"{o.Code}={o.Label}"));
}

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

/// <summary>The retire form.</summary>
internal sealed class RetireForm
{
    public string? Reason { get; set; }
}

internal sealed class RetireFormValidator : AbstractValidator<RetireForm>
{
    public RetireFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写停用原因。").MaximumLength(500).WithMessage("停用原因不能超过 500 个字。");
}

/// <summary>A new row of the penalty-class mapping.</summary>
internal sealed class MappingForm
{
    public string? RuleCode { get; set; }

    public string? PenaltyKind { get; set; }

    public string? Procedure { get; set; }

    public string? Sector { get; set; }

    public decimal? MinimumFine { get; set; }

    public PenaltyClass Class { get; set; } = PenaltyClass.General;

    public string? Note { get; set; }

    /// <summary>The validated form as the editing feature's command.</summary>
    public NewClassMapping ToCommand() => new(RuleCode, PenaltyKind!, Procedure, Sector, MinimumFine, Class, Note);
}

internal sealed class MappingFormValidator : AbstractValidator<MappingForm>
{
    public MappingFormValidator()
    {
        RuleFor(f => f.PenaltyKind).NotEmpty().WithMessage("请选择处罚类别。").MaximumLength(50).WithMessage("处罚类别不能超过 50 个字。");
        RuleFor(f => f.Procedure).Must(p => string.IsNullOrEmpty(p) || p is "01" or "02").WithMessage("案件程序类别只能是 01 或 02。");
        RuleFor(f => f.Sector).Matches("^[A-Z0-9]{1,8}-[A-Z0-9]{1,12}$").When(f => !string.IsNullOrEmpty(f.Sector)).WithMessage("行业应填写部门代码，如 HZ-YJJ。");
        RuleFor(f => f.MinimumFine).GreaterThan(0).When(f => f.MinimumFine is not null).WithMessage("罚款金额下限必须大于 0。");
        RuleFor(f => f.Class).IsInEnum().WithMessage("请选择处罚等级。");
        RuleFor(f => f.Note).MaximumLength(300).WithMessage("说明不能超过 300 个字。");
    }
}
