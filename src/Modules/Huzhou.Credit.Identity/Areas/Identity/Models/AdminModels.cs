using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed record UserListViewModel(string? Q, long? DepartmentId, PagedList<UserListRow> Users, IReadOnlyList<Department> Departments);

internal sealed class UserForm
{
    public long? Id { get; set; }

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public long? DepartmentId { get; set; }

    public List<string> Roles { get; set; } = [];

    public bool IsActive { get; set; } = true;

    public string? Password { get; set; }
}

internal sealed record UserEditViewModel(UserForm Form, IReadOnlyList<Department> Departments, IReadOnlyList<StaffRole> Roles);

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

internal sealed class DepartmentForm
{
    public long? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public string? DistrictCode { get; set; }

    public bool IsCreditOffice { get; set; }

    public bool IsActive { get; set; } = true;
}

internal sealed record DepartmentListViewModel(IReadOnlyList<(Department Department, int Users)> Departments, IReadOnlyList<District> Districts);

internal sealed record DepartmentEditViewModel(DepartmentForm Form, IReadOnlyList<District> Districts);

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

internal sealed class ApiClientForm
{
    public string? Name { get; set; }

    public long? DepartmentId { get; set; }

    public List<string> Scopes { get; set; } = [];

    public int RateLimitPerMinute { get; set; } = 600;
}

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

internal sealed record ApiClientListViewModel(IReadOnlyList<ApiClient> Clients, ApiClientForm Form, IReadOnlyList<Department> Departments, string? IssuedKey, string? IssuedName);

internal sealed record AuditListViewModel(string? User, string? Action, long? SubjectId, DateOnly? From, DateOnly? To, PagedList<AuditRecord> Records)
{
    /// <summary>Why the filter could not be applied (an unreadable or out-of-range date).</summary>
    public string? Error { get; init; }
}
