namespace Huzhou.Credit.Collection.Domain;

internal enum BatchSource : short
{
    Upload = 1,
    Api = 2,
    DropFolder = 3,
    HttpPull = 4,

    /// <summary>Produced by another module of the platform (a commitment signed online, a breach found): <c>IRecordDelivery</c>.</summary>
    Platform = 5,
}
