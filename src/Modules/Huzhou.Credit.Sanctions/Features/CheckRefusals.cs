using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// How the check API answers a refusal, written once for the lean single check (<c>ChecksEndpoint</c>), the batch's
/// items and the feedback (<c>ChecksApiController</c>): the status is the platform's for the refusal's kind
/// (<see cref="ResultResponses.StatusOf"/>: 400 bad input, 404 not found, 409 already given, 422 unknown matter), the
/// ProblemDetails title says what the API has always said. Constant strings: nothing is allocated on the hot path.
/// </summary>
internal static class CheckRefusals
{
    /// <summary>The status of a refusal of this kind.</summary>
    public static int Status(ErrorKind kind) => ResultResponses.StatusOf(kind);

    /// <summary>The title of a refused check: the subject is not in the registry (404), the matter is not in the list (422), or bad input.</summary>
    public static string CheckTitle(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "主体不存在",
        ErrorKind.Unprocessable => "事项不存在",
        _ => "请求无效",
    };

    /// <summary>The title of refused feedback: no such check of the caller (404), feedback already given (409), or bad input.</summary>
    public static string FeedbackTitle(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "核查记录不存在",
        ErrorKind.Conflict => "已反馈",
        _ => "请求无效",
    };
}
