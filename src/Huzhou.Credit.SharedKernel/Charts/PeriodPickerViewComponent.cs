using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.SharedKernel.Charts;

/// <summary>
/// The period picker of a statistics page: <c>&lt;vc:period-picker period="Model.Period" today="Model.Today" /&gt;</c>
/// renders a GET form (起始日期, 截止日期, 查询) to the same address and the presets 本月, 本季度, 本年, 近12个月 as links;
/// the page's other query values (filters) are kept, the page number is dropped. A refused period's error is shown
/// above the form.
/// </summary>
public sealed class PeriodPickerViewComponent : ViewComponent
{
    private static readonly string[] Dropped = ["from", "to", "page"];

    public IViewComponentResult Invoke(ReportPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        var request = HttpContext.Request;
        var keep = request.Query
            .Where(q => !Dropped.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))
            .ToList();
        var presets = ReportPeriod.Presets(today)
            .Select(p => (p.Name, Link(request, keep, p.From, p.To), p.From == period.From && p.To == period.To))
            .ToList();
        return View(new PeriodPickerModel(period, presets, keep));
    }

    private static string Link(HttpRequest request, List<KeyValuePair<string, string>> keep, DateOnly from, DateOnly to)
    {
        var query = new QueryBuilder(keep)
        {
            { "from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            { "to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
