using FluentValidation;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

internal sealed class RetireFormValidator : AbstractValidator<RetireForm>
{
    public RetireFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写停用原因。").MaximumLength(500).WithMessage("停用原因不能超过 500 个字。");
}
