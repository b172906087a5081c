using Huzhou.Credit.Collection.Domain;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

internal sealed record BatchDetailsViewModel(CollectionBatch Batch, string DepartmentName, string ItemName, IReadOnlyList<BatchRejection> Rejections, long RejectionCount, bool IsCreditOffice, DateTimeOffset Now)
{
    /// <summary>The credit office may put a failed or interrupted batch back in the queue.</summary>
    public bool MayRequeue => IsCreditOffice && (Batch.Status == BatchStatus.Failed || Batch.LooksInterrupted(Now));
}
