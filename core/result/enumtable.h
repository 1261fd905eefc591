#pragma once

#include <cstddef>

namespace Kezek {

// Whether a table indexed by an enum has its rows in the enum's order, one
// for each value: row i names Enum(i). With the table's size fixed to the
// enum's count, a static_assert on it makes a forgotten or misplaced row a
// build error instead of a wrong answer at run time.
template<typename Enum, typename Table, typename KeyOf>
constexpr bool rowsInEnumOrder(const Table &table, KeyOf keyOf)
{
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (keyOf(table[i]) != Enum(i))
            return false;
    }
    return true;
}

} // namespace Kezek
