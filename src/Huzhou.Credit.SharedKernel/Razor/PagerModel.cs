namespace Huzhou.Credit.SharedKernel.Razor;

/// <summary>What the pager view draws: the page it is on, the page count and the addresses of the pages before and after.</summary>
public sealed record PagerModel(int Page, int PageCount, string? PreviousLink, string? NextLink, string Label, PagerLayout Layout, string? CssClass)
{
    public string ListClass => Layout switch
    {
        PagerLayout.CardFooter => "pagination pagination-sm mb-0 justify-content-end",
        PagerLayout.Inline => "pagination pagination-sm mb-0",
        _ => "pagination",
    };

    public string? NavClass => Layout == PagerLayout.CardFooter ? Join("card-footer bg-white", CssClass) : CssClass;

    private static string Join(string a, string? b) => string.IsNullOrEmpty(b) ? a : a + " " + b;
}
