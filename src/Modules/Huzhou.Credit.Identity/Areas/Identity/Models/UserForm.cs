namespace Huzhou.Credit.Identity.Areas.Identity.Models;

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
