namespace Huzhou.Credit.Lists.Domain;

/// <summary>Where an entry came from.</summary>
internal enum ListEntrySource : short
{
    /// <summary>本地认定: proposed by a department of the city and approved by the credit office.</summary>
    Local = 1,

    /// <summary>省公共信用信息平台推送: decided elsewhere, imported in force from the provincial platform's file.</summary>
    ProvincialPlatform = 2,

    /// <summary>全国信用信息共享平台推送: decided elsewhere, imported in force from the national platform's file.</summary>
    NationalPlatform = 3,
}
