
namespace Huzhou.Credit.Integrity.Domain;

/// <summary>What kind of community the scheme serves (its pages word themselves after it).</summary>
internal enum SchemeKind
{
    /// <summary>街区商户诚信积分 (衣裳街 style): the shops of a street, run by the district's market regulation.</summary>
    Merchants = 1,

    /// <summary>乡村文明诚信档案 (长兴县 style): the households of villages.</summary>
    Village = 2,

    /// <summary>公务员诚信档案: the staff of public bodies; never on a public board.</summary>
    CivilServants = 3,
}
