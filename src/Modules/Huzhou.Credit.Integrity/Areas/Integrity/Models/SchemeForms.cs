using FluentValidation;
using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Models;

/// <summary>A points scheme's settings (new or edited); the district is the operator department's.</summary>
internal sealed class SchemeForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public SchemeKind Kind { get; set; } = SchemeKind.Merchants;

    public string? DepartmentCode { get; set; }

    public bool MembersArePersons { get; set; }

    public int BasePoints { get; set; } = 100;

    public string? Bands { get; set; }

    public string? GroupLabel { get; set; }

    public bool PublicBoard { get; set; }

    public string? Description { get; set; }

    public bool Active { get; set; } = true;
}

internal sealed class SchemeFormValidator : AbstractValidator<SchemeForm>
{
    public SchemeFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写方案编码。")
            .Matches("^[A-Za-z0-9-]{2,30}$").WithMessage("方案编码为 2-30 位字母、数字或连字符，如 YSJ-CXSH。");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写方案名称。").MaximumLength(100).WithMessage("方案名称不超过 100 字。");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("请选择方案类型。");
        RuleFor(f => f.DepartmentCode).NotEmpty().WithMessage("请选择运营部门。");
        RuleFor(f => f.BasePoints).InclusiveBetween(0, 1000).WithMessage("基础分须在 0-1000 之间。");
        RuleFor(f => f.Bands).Must(b => SchemeBands.TryParse(b, out _, out _)).WithMessage(f => SchemeBands.TryParse(f.Bands, out _, out var error) ? "" : error!);
        RuleFor(f => f.GroupLabel).NotEmpty().WithMessage("请填写成员分组的名称（如 村、街区、单位）。").MaximumLength(20).WithMessage("分组名称不超过 20 字。");
        RuleFor(f => f.Description).MaximumLength(1000).WithMessage("说明不超过 1000 字。");
        RuleFor(f => f.PublicBoard).Equal(false).When(f => f.Kind == SchemeKind.CivilServants).WithMessage("公务员诚信档案不对外公示。");
    }
}

/// <summary>A new point rule of a scheme.</summary>
internal sealed class RuleForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Category { get; set; }

    public int Points { get; set; }

    public PointRuleSource Source { get; set; } = PointRuleSource.Manual;

    public string? ItemCode { get; set; }

    public int? MaxTimesPerYear { get; set; }
}

internal sealed class RuleFormValidator : AbstractValidator<RuleForm>
{
    public RuleFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写规则编码。")
            .Matches("^[A-Za-z0-9-]{2,30}$").WithMessage("规则编码为 2-30 位字母、数字或连字符，如 MMBJ。");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写计分事项。").MaximumLength(100).WithMessage("计分事项不超过 100 字。");
        RuleFor(f => f.Category).NotEmpty().WithMessage("请填写类别（如 诚信经营、邻里和睦）。").MaximumLength(30).WithMessage("类别不超过 30 字。");
        RuleFor(f => f.Points).NotEqual(0).WithMessage("分值不能为 0：加分为正数，扣分为负数。").InclusiveBetween(-100, 100).WithMessage("分值须在 -100 到 100 之间。");
        RuleFor(f => f.Source).IsInEnum().WithMessage("请选择计分来源。");
        RuleFor(f => f.ItemCode).NotEmpty().When(f => f.Source == PointRuleSource.CreditRecord).WithMessage("由信用记录计分的规则须选择信息项。");
        RuleFor(f => f.MaxTimesPerYear).InclusiveBetween(1, 366).When(f => f.MaxTimesPerYear is not null).WithMessage("每年上限须在 1-366 次之间，不限则留空。");
    }
}
