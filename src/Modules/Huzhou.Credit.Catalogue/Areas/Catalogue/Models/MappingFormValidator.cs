using FluentValidation;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

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
