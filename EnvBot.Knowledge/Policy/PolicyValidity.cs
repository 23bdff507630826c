namespace EnvBot.Knowledge.Policy;

/// <summary>Whether a document may be cited for today's obligations (DOMAIN.md §4).</summary>
public enum PolicyValidity
{
    /// <summary>现行有效 or 现行有效（需核实）.</summary>
    Current,

    /// <summary>已废止 — cite only for conduct before the repeal date.</summary>
    Repealed,

    /// <summary>已被替代 / 可能已失效, or an older version replaced by an administrator's import.</summary>
    Superseded,
}
