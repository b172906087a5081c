using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Collection.Features;

/// <summary>Why a delivery was refused: its kind (the status), the ProblemDetails title, the message, and the failed batch when one was made.</summary>
internal sealed record ApiDeliveryRefusal(ErrorKind Kind, string Title, string Detail, long? BatchId = null)
{
    public Result AsResult() => Result.Failure(Kind, Detail);
}
