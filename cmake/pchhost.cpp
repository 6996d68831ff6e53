// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of the targets that build the shared precompiled headers (cmake/PrecompiledHeaders.cmake).
