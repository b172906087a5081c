using FluentValidation;
using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Models;

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
