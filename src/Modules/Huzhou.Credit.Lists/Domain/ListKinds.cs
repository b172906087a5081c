namespace Huzhou.Credit.Lists.Domain;

internal static class ListKinds
{
    public static string DisplayName(ListKind kind) => kind == ListKind.Red ? "红名单" : "黑名单";
}
