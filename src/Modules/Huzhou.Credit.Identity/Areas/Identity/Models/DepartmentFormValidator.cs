using FluentValidation;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed class DepartmentFormValidator : AbstractValidator<DepartmentForm>
{
    public DepartmentFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写部门编码。")
            .Matches("^[A-Z0-9-]{2,20}$").WithMessage("部门编码为 2-20 位大写字母、数字或连字符，如 HZ-SJJ。");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写部门全称。").MaximumLength(100).WithMessage("部门全称不能超过 100 个字。");
        RuleFor(f => f.ShortName).NotEmpty().WithMessage("请填写简称。").MaximumLength(50).WithMessage("简称不能超过 50 个字。");
        RuleFor(f => f.DistrictCode).NotEmpty().WithMessage("请选择所属区县。");
    }
}
