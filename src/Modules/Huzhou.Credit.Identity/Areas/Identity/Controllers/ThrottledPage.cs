using Huzhou.Credit.Identity.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>A sign-in or registration page refused by <see cref="SignInThrottle"/>: the same page with its Chinese message, answered 429 with <c>Retry-After</c>.</summary>
internal static class ThrottledPage
{
    public static IActionResult Of(ThrottleDecision gate, ViewResult page)
    {
        page.StatusCode = StatusCodes.Status429TooManyRequests;
        return new WithRetryAfter(page, gate.RetryAfterSeconds);
    }

    private sealed class WithRetryAfter(IActionResult page, int seconds) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return page.ExecuteResultAsync(context);
        }
    }
}
