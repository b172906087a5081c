using Microsoft.AspNetCore.Identity;

namespace Huzhou.Credit.Identity.Domain;

internal sealed class StaffRole : IdentityRole<long>
{
    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";
}
