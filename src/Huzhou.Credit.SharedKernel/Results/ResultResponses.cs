using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Huzhou.Credit.SharedKernel.Results;

/// <summary>
/// The one mapping of a failed <see cref="Result"/> to an answer: a ProblemDetails (API) or a page (browser). Controllers
/// call these instead of choosing a status code per refusal.
/// </summary>
public static class ResultResponses
{
    /// <summary>The HTTP status of a refusal kind.</summary>
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>The ProblemDetails title of a refusal kind (Chinese, as every answer of the API).</summary>
    public static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "未找到",
        ErrorKind.Forbidden => "无权操作",
        ErrorKind.Conflict => "状态冲突",
        ErrorKind.Unprocessable => "无法处理",
        _ => "请求无效",
    };

    /// <summary>A failed result as a ProblemDetails answer (API controllers); <paramref name="title"/> overrides the kind's title.</summary>
    public static ObjectResult Problem(this ControllerBase controller, Result failure, string? title = null, IDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        EnsureFailed(failure);
        var problem = controller.ProblemDetailsFactory.CreateProblemDetails(
            controller.HttpContext, StatusOf(failure.Kind), title ?? TitleOf(failure.Kind), detail: failure.Error);
        if (failure.Field is not null)
        {
            problem.Extensions["field"] = failure.Field;
        }

        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return new ObjectResult(problem) { StatusCode = problem.Status };
    }

    /// <summary>
    /// A failed result as a page (browser controllers): not found → the 404 page, forbidden → the 403 page; any other kind
    /// puts the message on the form (its field, or the whole form) and shows <paramref name="form"/>.
    /// </summary>
    public static IActionResult Page(this Controller controller, Result failure, Func<IActionResult> form)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(form);
        EnsureFailed(failure);
        switch (failure.Kind)
        {
            case ErrorKind.NotFound:
                return controller.NotFound();
            case ErrorKind.Forbidden:
                return controller.Forbid();
            default:
                controller.ModelState.AddModelError(failure.Field ?? string.Empty, failure.Error!);
                return form();
        }
    }

    /// <summary>Adds a failed result's message to the model state (its field, or the whole form).</summary>
    public static void AddTo(this Result failure, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        EnsureFailed(failure);
        modelState.AddModelError(failure.Field ?? string.Empty, failure.Error!);
    }

    private static void EnsureFailed(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            throw new InvalidOperationException("A succeeded result is not a refusal.");
        }
    }
}
