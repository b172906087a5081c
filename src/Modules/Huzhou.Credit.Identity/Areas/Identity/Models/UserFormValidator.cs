using FluentValidation;
using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public UserFormValidator()
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage("请填写用户名。")
            .Matches("^[a-z0-9._-]{3,50}$").WithMessage("用户名为 3-50 位小写字母、数字、点、下划线或连字符。");
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("请填写姓名。").MaximumLength(50).WithMessage("姓名不能超过 50 个字。");
        RuleFor(f => f.DepartmentId).NotNull().WithMessage("请选择所属部门。");
        RuleFor(f => f.Roles).NotEmpty().WithMessage("请至少选择一个角色。")
            .Must(r => r.All(CreditRoles.All.Contains)).WithMessage("角色无效。");
        RuleFor(f => f.Password).NotEmpty().When(f => f.Id is null).WithMessage("请设置初始密码。");
    }
}
