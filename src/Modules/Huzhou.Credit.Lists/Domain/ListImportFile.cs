namespace Huzhou.Credit.Lists.Domain;

/// <summary>
/// The uploaded file of an import waiting for (or interrupted in) its background job, kept in the database so that any
/// instance may run or resume it; deleted in the transaction that completes the import, or when it fails.
/// </summary>
internal sealed class ListImportFile
{
    public long ImportId { get; set; }

    public byte[] Content { get; set; } = [];
}
