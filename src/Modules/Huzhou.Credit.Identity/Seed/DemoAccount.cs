namespace Huzhou.Credit.Identity.Seed;

/// <summary>A demo sign-in shown by <c>./build.sh run</c>.</summary>
internal sealed record DemoAccount(string UserName, string DisplayName, string DepartmentName, string Role);
