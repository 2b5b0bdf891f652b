#pragma once
// Fixture: a header of the assist layer.
