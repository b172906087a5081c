using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace Huzhou.Credit.SharedKernel.Razor;

/// <summary>
/// The pager under every paged list: « 上一页 · 第 n / m 页 · 下一页 », nothing when the list has one page. Links go to
/// the same action (or <c>action</c>) with the query values the page keeps (its filters, <c>keep</c>) and the page
/// number in <c>parameter</c>; empty filters are left out of the address. Use it as
/// <c>&lt;vc:pager list="Model.Entries" keep="new { type = Model.Type, q = Model.Q }" /&gt;</c>
/// (dates as <c>yyyy-MM-dd</c> strings: route values are written in the invariant culture). A page whose addresses
/// its view model already builds passes <c>link</c> (page number → address) instead.
/// </summary>
public sealed class PagerViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(
        IPaged list,
        object? keep = null,
        string parameter = "page",
        string? fragment = null,
        string? action = null,
        Func<int, string>? link = null,
        string label = "分页",
        PagerLayout layout = PagerLayout.Block,
        string? css = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.PageCount <= 1)
        {
            return Content(string.Empty);
        }

        var page = list.Page;
        string Link(int p)
        {
            if (link is not null)
            {
                return link(p);
            }

            var values = keep is null ? new RouteValueDictionary() : new RouteValueDictionary(keep);
            values[parameter] = p;
            return Url.Action(new UrlActionContext { Action = action, Values = values, Fragment = fragment })
                ?? throw new InvalidOperationException($"No route for the pager's links (action {action ?? "of the current page"}).");
        }

        return View(new PagerModel(page, list.PageCount, page > 1 ? Link(page - 1) : null, page < list.PageCount ? Link(page + 1) : null, label, layout, css));
    }
}
