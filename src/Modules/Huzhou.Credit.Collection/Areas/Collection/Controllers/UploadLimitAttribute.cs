using Huzhou.Credit.Collection.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Collection.Areas.Collection.Controllers;

/// <summary>
/// The configured <see cref="CollectionOptions.MaxUploadBytes"/> as the request body and multipart limits of an
/// upload action ([RequestSizeLimit] only takes a constant). The request may exceed the file limit by
/// <see cref="Envelope"/> so a file a little too large reaches the intake and gets its Chinese message; anything
/// larger is cut off while it streams in and the browser gets the Chinese 413 page.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    private const long Envelope = 1024 * 1024;

    public bool IsReusable => true;

    /// <summary>As [RequestSizeLimit]: before the filters that read the form.</summary>
    public int Order => 900;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<CollectionOptions>>().Value.MaxUploadBytes + Envelope);

    /// <summary>
    /// An authorisation filter ordered as [RequestSizeLimit] (<see cref="Order"/>): it must set the limits before anything
    /// reads the form (the control-character guard at 950, antiforgery at 1000). As a resource filter it came after both,
    /// so every upload was read under the server's default 30 MB limit and a file past it lost its connection.
    /// </summary>
    private sealed class Filter(long limit) : IAuthorizationFilter
    {
        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var features = context.HttpContext.Features;
            if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = limit;
            }

            if (features.Get<IFormFeature>()?.Form is null)
            {
                features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            }
        }
    }
}
