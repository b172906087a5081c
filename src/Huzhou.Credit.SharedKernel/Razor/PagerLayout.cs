namespace Huzhou.Credit.SharedKernel.Razor;

/// <summary>Where a pager sits on its page, which decides its size and alignment (the links are the same).</summary>
public enum PagerLayout
{
    /// <summary>Under a table or list, full size (<c>ul.pagination</c>).</summary>
    Block,

    /// <summary>In a card's footer, small and right-aligned.</summary>
    CardFooter,

    /// <summary>Small, in a row beside other text (a total count); no space under it.</summary>
    Inline,
}
