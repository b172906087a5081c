using FluentValidation;
using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed class ApiClientFormValidator : AbstractValidator<ApiClientForm>
{
    public ApiClientFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写客户端名称。").MaximumLength(100).WithMessage("名称不能超过 100 个字。");
        RuleFor(f => f.DepartmentId).NotNull().WithMessage("请选择所属部门。");
        RuleFor(f => f.Scopes).NotEmpty().WithMessage("请至少授予一项权限范围。")
            .Must(s => s.All(ApiScopes.All.ContainsKey)).WithMessage("权限范围无效。");
        RuleFor(f => f.RateLimitPerMinute).InclusiveBetween(1, 100_000).WithMessage("每分钟调用上限应在 1 到 100000 之间。");
    }
}
