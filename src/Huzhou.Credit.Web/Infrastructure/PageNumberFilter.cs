using Microsoft.AspNetCore.Mvc.Filters;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Keeps every action argument that is a page number (<c>page</c>, <c>rpage</c> ...) between 1 and
/// <see cref="MaxPage"/>: <c>Skip((page - 1) * size)</c> overflows for page numbers near <see cref="int.MaxValue"/>
/// and lists compute such offsets in many places. A page past the end is simply empty.
/// </summary>
internal sealed class PageNumberFilter : IActionFilter
{
    /// <summary>Far past any real list (a million subjects at 20 a page is 50 000 pages); × the largest page size stays far below int.MaxValue.</summary>
    public const int MaxPage = 1_000_000;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (parameter.ParameterType == typeof(int)
                && parameter.Name.EndsWith("page", StringComparison.OrdinalIgnoreCase)
                && context.ActionArguments.TryGetValue(parameter.Name, out var value)
                && value is int page
                && page is < 1 or > MaxPage)
            {
                context.ActionArguments[parameter.Name] = Math.Clamp(page, 1, MaxPage);
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
