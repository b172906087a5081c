using System.Globalization;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Razor;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// The shared pager (SharedKernel/Razor) rendered by the real host, as the staff list of the lists module would
/// render it: nothing for one page, « 上一页 · 第 n / m 页 · 下一页 » otherwise, links to the same page with its filters.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class PagerTests(CreditAppFactory factory)
{
    [Fact]
    public async Task One_page_shows_no_pager()
    {
        var html = await RenderAsync(new { list = Paged(page: 1, total: 20) });

        Assert.Equal("", html.Trim());
    }

    [Fact]
    public async Task The_first_page_links_to_the_second_and_keeps_the_filters_that_are_set()
    {
        var pager = Parse(await RenderAsync(new { list = Paged(page: 1, total: 45), keep = new { type = "SXBZXR", status = (string?)null, q = "湖州 市" } }));

        var items = pager.QuerySelectorAll("ul.pagination > li.page-item");
        Assert.Equal(3, items.Length);
        Assert.Contains("disabled", items[0].ClassList);
        Assert.Equal("#", items[0].QuerySelector("a.page-link")!.GetAttribute("href"));
        Assert.Equal("上一页", items[0].TextContent);
        Assert.Equal("第 1 / 3 页", items[1].TextContent);
        Assert.DoesNotContain("disabled", items[2].ClassList);
        Assert.Equal("下一页", items[2].TextContent);
        Assert.Equal("/lists?type=SXBZXR&q=湖州 市&page=2", Uri.UnescapeDataString(items[2].QuerySelector("a")!.GetAttribute("href")!));
        Assert.Equal("分页", pager.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_last_page_links_back_only()
    {
        var pager = Parse(await RenderAsync(new { list = Paged(page: 3, total: 45) }));

        var items = pager.QuerySelectorAll("li.page-item");
        Assert.Equal("/lists?page=2", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("第 3 / 3 页", items[1].TextContent);
        Assert.Contains("disabled", items[2].ClassList);
        Assert.Equal("#", items[2].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_second_list_on_a_page_has_its_own_parameter_fragment_and_layout()
    {
        var pager = Parse(await RenderAsync(new
        {
            list = Paged(page: 2, total: 45),
            parameter = "rpage",
            fragment = "records",
            label = "信用记录分页",
            layout = PagerLayout.CardFooter,
        }));

        var nav = pager;
        Assert.Equal("card-footer bg-white", nav.GetAttribute("class"));
        Assert.Equal("信用记录分页", nav.GetAttribute("aria-label"));
        Assert.Equal("pagination pagination-sm mb-0 justify-content-end", nav.QuerySelector("ul")!.GetAttribute("class"));
        var links = nav.QuerySelectorAll("a.page-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/lists?rpage=1#records", "/lists?rpage=3#records"], links);
    }

    [Fact]
    public async Task Addresses_built_by_the_page_are_used_as_given()
    {
        var pager = Parse(await RenderAsync(new { list = Paged(page: 2, total: 45), link = (Func<int, string>)(p => $"/dossier/7?section=Penalties&page={p}") }));

        Assert.Equal(
            ["/dossier/7?section=Penalties&page=1", "/dossier/7?section=Penalties&page=3"],
            pager.QuerySelectorAll("a.page-link").Select(a => a.GetAttribute("href")).ToList());
    }

    private static PagedList<int> Paged(int page, long total) => new([], page, 20, total);

    private static IElement Parse(string html) => new HtmlParser().ParseDocument(html).Body!.Children.Single();

    /// <summary>Invokes the view component inside a view of the staff list of the lists module (<c>/lists</c>).</summary>
    private async Task<string> RenderAsync(object arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            using var scope = factory.Services.CreateScope();
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            http.SetEndpoint(new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, "test"));
            var route = new RouteData(new RouteValueDictionary { ["area"] = "Lists", ["controller"] = "Lists", ["action"] = "Index" });
            http.Request.RouteValues = new RouteValueDictionary(route.Values);
            var viewContext = new ViewContext(
                new ActionContext(http, route, new ActionDescriptor()),
                new NoView(),
                new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()),
                scope.ServiceProvider.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http),
                TextWriter.Null,
                new HtmlHelperOptions());
            var components = scope.ServiceProvider.GetRequiredService<IViewComponentHelper>();
            ((IViewContextAware)components).Contextualize(viewContext);
            var content = await components.InvokeAsync(typeof(PagerViewComponent), arguments);
            await using var writer = new StringWriter();
            content.WriteTo(writer, HtmlEncoder.Default);
            return writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private sealed class NoView : IView
    {
        public string Path => "";

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }
}
