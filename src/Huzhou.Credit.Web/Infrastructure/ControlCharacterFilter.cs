using Huzhou.Credit.Web.Controllers;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Refuses a query or form value carrying a control character (NUL and the other C0 characters except tab and line
/// breaks): PostgreSQL cannot store NUL in text and failed such a request with a 500, the form reader itself throws
/// on a NUL, and no person types these. The answer is a 400 in Chinese (ProblemDetails under <c>/api</c>). It runs
/// before antiforgery validation reads the form (order 1000) but after the filters that set an action's body and form
/// limits ([RequestSizeLimit], [RequestFormLimits] and the upload limit, order 900): reading the form first, it read
/// every upload under the server's default 30 MB limit, and a 40 MB file within an import's limit lost its connection.
/// </summary>
internal sealed class ControlCharacterFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string Message = "提交的内容含有不可见的控制字符（如 NUL 或文字方向控制符），无法处理。请删除后重新输入（可手工输入而不是粘贴）。";

    /// <summary>After the body and form limits (900), before antiforgery (1000).</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            // The error page re-executed for this request: it reads nothing from the form.
            return;
        }

        var request = http.Request;
        var refused = request.Query.Any(p => HasControlCharacter(p.Key) || p.Value.Any(HasControlCharacter));
        if (!refused && request.HasFormContentType)
        {
            try
            {
                var form = await request.ReadFormAsync(http.RequestAborted);
                // An upload's name too: it is stored, shown to staff and written to the audit log (“证据[U+202E]fdp.exe” reads as “证据exe.pdf”).
                refused = form.Any(p => HasControlCharacter(p.Key) || p.Value.Any(HasControlCharacter))
                    || form.Files.Any(f => HasControlCharacter(f.Name) || HasControlCharacter(f.FileName));
            }
            catch (InvalidDataException e) when (e.InnerException is InvalidOperationException)
            {
                // ASP.NET Core's form decoder refuses a NUL itself ("The form value contains invalid characters").
                refused = true;
            }
        }

        if (!refused)
        {
            return;
        }

        context.Result = request.Path.StartsWithSegments("/api")
            ? new ObjectResult(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "请求有误", Detail = Message }) { StatusCode = StatusCodes.Status400BadRequest }
            : new ViewResult
            {
                ViewName = "~/Views/Error/Index.cshtml",
                StatusCode = StatusCodes.Status400BadRequest,
                ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<ErrorViewModel>(
                    new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
                {
                    Model = new ErrorViewModel(StatusCodes.Status400BadRequest, "请求有误", Message, http.TraceIdentifier),
                },
            };
    }

    internal static bool HasControlCharacter(string? value)
    {
        if (value is null)
        {
            return false;
        }

        // C0 controls (tab and line breaks excepted), DEL and the bidirectional formatting characters.
        return Huzhou.Credit.SharedKernel.Validation.UnsafeText.IndexOfUnsafe(value) >= 0;
    }
}
